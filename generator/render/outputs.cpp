#include "render/outputs.h"

#include "render/exports/exports.h"
#include "render/monitor/monitor.h"
#include "render/pages/pages.h"

namespace nk {

const std::vector<OutputModule>& output_modules() {
  static const std::vector<OutputModule> modules = {
      {"pagina's", render_pages, page_templates},
      {"exports", render_exports, export_templates},
      {"monitor", render_monitor, monitor_templates},
  };
  return modules;
}

Sections available_sections() {
  Sections s;  // trainingen, agenda, routes, kaart, zoeken: not yet part of a build
  s.monitor = true;
  return s;
}

}  // namespace nk
