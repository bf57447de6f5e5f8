#pragma once
#include <optional>
#include <string>

namespace nk {

// Puts `bytes` at `path` in a live site: written beside it and renamed over it, so a
// reader gets the old file or the new one, never half of one. A file that already holds
// these bytes is left alone (its mtime stays). Returns an error message, or nothing.
std::optional<std::string> replace_file(const std::string& path, const std::string& bytes, bool* changed = nullptr);

}  // namespace nk
