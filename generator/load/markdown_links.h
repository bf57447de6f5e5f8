#pragma once
#include <string>
#include <vector>

#include "model/values.h"

namespace nk {

// The links and images of a Markdown text, as cmark-gfm (with autolinks) parses it.
std::vector<MarkdownLink> find_markdown_links(const std::string& text);

}  // namespace nk
