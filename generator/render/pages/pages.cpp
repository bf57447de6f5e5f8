#include "render/pages/pages.h"

#include "render/pages/page_views.h"

namespace nk {

std::vector<std::string> page_templates() {
  return {"layout", "home", "organisations", "organisation", "not-found"};
}

void render_pages(const RenderContext& context, OutputSink& sink) {
  PageRenderer renderer(context);
  PageIndex index(context.network);
  render_home_page(renderer, index, sink);
  render_organisation_pages(renderer, index, sink);
  render_not_found_page(renderer, index, sink);
  for (const auto& [name, bytes] : context.theme.assets()) sink.add("assets/" + name, bytes);
}

}  // namespace nk
