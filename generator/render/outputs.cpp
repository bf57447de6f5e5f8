#include "render/outputs.h"

#include "render/exports/exports.h"
#include "render/pages/pages.h"
#include "render/search/search.h"

namespace nk {

const std::vector<OutputModule>& output_modules() {
  static const std::vector<OutputModule> modules = {
      {"pagina's", render_pages, page_templates},
      {"exports", render_exports, export_templates},
      {"zoeken", render_search, search_templates},
  };
  return modules;
}

Sections available_sections() {
  Sections s;  // trainingen, agenda, routes, kaart, monitor: not yet part of a build
  s.search = true;
  return s;
}

}  // namespace nk
