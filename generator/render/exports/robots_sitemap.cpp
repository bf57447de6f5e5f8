#include "render/exports/exports.h"

#include <algorithm>

#include "render/site_paths.h"
#include "text/xml_escape.h"

namespace nk {

void render_robots_and_sitemap(const RenderContext& context, OutputSink& sink) {
  const Network& net = context.network;
  bool open = context.settings.profile == Profile::open;
  std::string base = net.site.base_url ? net.site.base_url->value : std::string();
  if (!base.empty() && base.back() != '/') base += '/';
  // The professionals profile is for the partners only: nothing is to be indexed.
  std::string robots = open ? "User-agent: *\nAllow: /\n" : "User-agent: *\nDisallow: /\n";
  if (open && !base.empty()) robots += "Sitemap: " + base + "sitemap.xml\n";
  sink.add("robots.txt", robots);
  if (base.empty()) return;
  std::vector<std::string> paths = {"index.html", "organisaties/index.html", "contactpersonen/index.html",
                                    "specialismen/index.html", "gemeenten/index.html", "aanbod/index.html",
                                    "overleggen/index.html", "begrippen/index.html"};
  for (const auto& o : net.organisations) paths.push_back(entity_path(EntityKind::organisation, o.id.value));
  for (const auto& s : net.specialisms) paths.push_back(entity_path(EntityKind::specialism, s.id.value));
  for (const auto& m : net.municipalities) paths.push_back(entity_path(EntityKind::municipality, m.id.value));
  for (const auto& [id, where] : net.service_index) paths.push_back(entity_path(EntityKind::service, id));
  for (const auto& m : net.meetings) paths.push_back(entity_path(EntityKind::meeting, m.id.value));
  for (const auto& p : net.pages) paths.push_back(p.slug.value + "/index.html");
  std::sort(paths.begin(), paths.end());
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (const auto& path : paths) xml += "  <url><loc>" + xml_escape(base + path) + "</loc></url>\n";
  xml += "</urlset>\n";
  sink.add("sitemap.xml", xml);
}

}  // namespace nk
