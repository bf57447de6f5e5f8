#pragma once
#include <string>
#include <vector>

#include "render/output.h"

namespace nk {

// Every HTML page of the portal, and the theme's assets.
void render_pages(const RenderContext& context, OutputSink& sink);
std::vector<std::string> page_templates();

}  // namespace nk
