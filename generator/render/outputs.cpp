#include "render/outputs.h"

#include "render/calendars/calendars.h"
#include "render/exports/exports.h"
#include "render/monitor/monitor.h"
#include "render/maps/maps.h"
#include "render/pages/pages.h"
#include "render/search/search.h"

namespace nk {

const std::vector<OutputModule>& output_modules() {
  static const std::vector<OutputModule> modules = {
      {"pagina's", render_pages, page_templates, true},
      {"exports", render_exports, export_templates},
      {"kalenders", render_calendars, calendar_templates},
      {"monitor", render_monitor, monitor_templates},
      {"zoeken", render_search, search_templates},
      {"kaarten", render_maps, map_templates, true},
  };
  return modules;
}

Sections available_sections() {
  Sections s;
  s.trainings = true;  // pages (render/pages/training_pages.cpp), feeds (render/calendars/)
  s.agenda = true;     // pages (render/pages/agenda_pages.cpp), feeds (render/calendars/)
  s.monitor = true;    // render/monitor/
  s.search = true;     // render/search/
  s.routes = true;     // render/maps/ (routes/<id>/index.html)
  s.map = true;        // render/maps/ (kaart/)
  return s;
}

std::unique_ptr<PageEmbeds> prepare_embeds(const RenderContext& context) { return prepare_maps(context); }

}  // namespace nk
