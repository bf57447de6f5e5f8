#include "render/outputs.h"

#include "render/exports/exports.h"
#include "render/pages/pages.h"

namespace nk {

const std::vector<OutputModule>& output_modules() {
  static const std::vector<OutputModule> modules = {
      {"pagina's", render_pages, page_templates},
      {"exports", render_exports, export_templates},
  };
  return modules;
}

Sections available_sections() {
  Sections s;  // trainingen, agenda, routes, kaart, zoeken, monitor: not yet part of a build
  return s;
}

}  // namespace nk
