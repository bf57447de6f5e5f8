#include "render/exports/exports.h"

namespace nk {

std::vector<std::string> export_templates() { return {}; }

void render_exports(const RenderContext& context, OutputSink& sink) {
  // Independent of each other; the sink sorts, so the order of work never shows.
  static constexpr void (*exports[])(const RenderContext&, OutputSink&) = {
      render_netwerkkaart_json, render_hsds, render_vcards, render_netwerkkaart_schema, render_robots_and_sitemap,
  };
  constexpr std::size_t count = sizeof exports / sizeof exports[0];
  parallel_for(count, context.settings.threads, [&](std::size_t i) { exports[i](context, sink); });
}

}  // namespace nk
