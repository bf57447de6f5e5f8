#pragma once
#include <optional>
#include <string_view>

#include "load/source_file.h"
#include "model/network.h"

namespace nk {

// A Markdown page with YAML front matter between two '---' lines. `file` holds the
// whole file; the front matter is decoded as YAML with positions in the file.
std::optional<ContentPage> decode_content_page(const SourceFile& file, std::string_view stem,
                                               DiagnosticList& out);

}  // namespace nk
