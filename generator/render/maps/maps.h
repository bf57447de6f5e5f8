#pragma once
// The maps output (docs/maps.md). Two entry points, both listed in outputs.cpp:
// - prepare_maps runs before any page is rendered: it builds every map, lays them out
//   (cache, worker processes) and returns them as PageEmbeds, through which the pages
//   output fetches the finished map block of an organisation, specialisme, gemeente or
//   overleg page by that page's path. That lookup is the whole boundary between the two.
// - render_maps writes the pages the maps output owns: routes/<id>/index.html and
//   kaart/index.html (with kaart/<soort>/index.html when the overview is split).
#include <memory>
#include <string>
#include <vector>

#include "render/output.h"

namespace nk {

std::unique_ptr<PageEmbeds> prepare_maps(const RenderContext& context);
void render_maps(const RenderContext& context, OutputSink& sink);
std::vector<std::string> map_templates();

}  // namespace nk
