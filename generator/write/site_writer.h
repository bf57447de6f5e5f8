#pragma once
#include <optional>
#include <string>
#include <vector>

#include "render/output.h"

namespace nk {

// Writes a complete site: into a fresh folder beside `out_dir`, then swapped in with two
// renames, so a reader never sees a half-written site and a failed build leaves the
// previous one as it was. Returns an error message, or nothing on success.
std::optional<std::string> write_site(const std::string& out_dir, const std::vector<OutputFile>& files);

}  // namespace nk
