#pragma once
#include <string>
#include <vector>

#include "render/output.h"

namespace nk {

// The search output: the index under zoeken/index/ (search_index.h) and the page
// zoeken/index.html. The client is the theme's assets/zoeken.js.
void render_search(const RenderContext& context, OutputSink& sink);
std::vector<std::string> search_templates();

}  // namespace nk
