#include "render/pages/pages.h"

#include <optional>

#include "render/pages/calendar_lists.h"
#include "render/pages/page_views.h"

namespace nk {

std::vector<std::string> page_templates() {
  return {"layout",           "home",          "organisations", "organisation",     "not-found",
          "contact-card",     "contact-row",   "organisation-line", "service-line", "service-item",
          "specialism-tree",  "contacts",      "contact-selection", "specialisms",  "specialism",
          "municipalities",   "municipality",  "services",      "service",          "meetings",
          "meeting",          "glossary",      "content-page",
          "trainings",        "training",      "session-row",   "agenda",           "agenda-item",  "upcoming"};
}

void render_pages(const RenderContext& context, OutputSink& sink) {
  PageRenderer renderer(context);
  std::optional<PageIndex> own_index;
  const PageIndex& index = context.page_index ? *context.page_index : own_index.emplace(context.network);
  render_home_page(renderer, index, sink);
  render_organisation_pages(renderer, index, sink);
  render_contact_pages(renderer, index, sink);
  render_specialism_pages(renderer, index, sink);
  render_municipality_pages(renderer, index, sink);
  render_service_pages(renderer, index, sink);
  render_meeting_pages(renderer, index, sink);
  if (context.sections.trainings) render_training_pages(renderer, index, sink);
  if (context.sections.agenda) render_agenda_pages(renderer, index, sink);
  render_glossary_page(renderer, index, sink);
  render_content_pages(renderer, index, sink);
  render_not_found_page(renderer, index, sink);
  for (const auto& [name, bytes] : context.theme.assets())
    if (context.wants("assets/" + name)) sink.add("assets/" + name, bytes);
}

}  // namespace nk
