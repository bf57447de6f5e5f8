#include "render/exports/exports.h"

namespace nk {

std::vector<std::string> export_templates() { return {}; }

void render_exports(const RenderContext& context, OutputSink& sink) {
  render_robots_and_sitemap(context, sink);
}

}  // namespace nk
