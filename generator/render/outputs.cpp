#include "render/outputs.h"

#include "render/exports/exports.h"
#include "render/maps/maps.h"
#include "render/pages/pages.h"

namespace nk {

const std::vector<OutputModule>& output_modules() {
  static const std::vector<OutputModule> modules = {
      {"pagina's", render_pages, page_templates},
      {"exports", render_exports, export_templates},
      {"kaarten", render_maps, map_templates},
  };
  return modules;
}

Sections available_sections() {
  Sections s;  // trainingen, agenda, zoeken, monitor: not yet part of a build
  s.routes = true;
  s.map = true;
  return s;
}

std::unique_ptr<PageEmbeds> prepare_embeds(const RenderContext& context) { return prepare_maps(context); }

}  // namespace nk
