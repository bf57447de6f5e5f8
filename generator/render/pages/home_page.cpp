// index.html: the ways in for a professional in a hurry.
#include <map>

#include "render/pages/calendar_lists.h"
#include "render/pages/page_views.h"
#include "render/site_paths.h"

namespace nk {

void render_home_page(const PageRenderer& r, const PageIndex& index, OutputSink& sink) {
  const Network& net = r.network();
  const std::string page = "index.html";
  if (!r.context().wants(page)) return;
  mustache::data d;
  d.set("region", net.site.region.value);

  // Specialismen at the top of the hierarchy, each with its children.
  mustache::list specialisms;
  for (std::size_t s = 0; s < net.specialisms.size(); ++s) {
    if (net.specialisms[s].parent) continue;
    const Specialism& spec = net.specialisms[s];
    mustache::data item = link_data(spec.name.value, r.url(page, entity_path(EntityKind::specialism, spec.id.value)));
    mustache::list children;
    for (std::size_t child : index.children_of_specialism[s])
      children.push_back(link_data(net.specialisms[child].name.value,
                                   r.url(page, entity_path(EntityKind::specialism, net.specialisms[child].id.value))));
    item.set("children", children);
    item.set("has_children", !children.empty());
    specialisms.push_back(item);
  }
  d.set("specialisms", specialisms);

  // Gemeenten by subregio, in the order of gemeenten.yaml.
  mustache::list subregions = subregion_groups(net, [&](std::size_t m) {
    return link_data(net.municipalities[m].name.value,
                     r.url(page, entity_path(EntityKind::municipality, net.municipalities[m].id.value)));
  });
  d.set("subregions", subregions);
  d.set("organisations_url", r.url(page, "organisaties/index.html"));
  d.set("contacts_url", r.url(page, "contactpersonen/index.html"));
  d.set("services_url", r.url(page, "aanbod/index.html"));
  d.set("meetings_url", r.url(page, "overleggen/index.html"));
  d.set("organisation_count", std::to_string(net.organisations.size()));
  d.set("contact_count", std::to_string(index.contacts_by_name.size()));
  d.set("service_count", std::to_string(net.service_index.size()));
  d.set("meeting_count", std::to_string(net.meetings.size()));
  // The next sessions and agenda items, when this build has the calendars.
  if (r.context().sections.trainings && r.context().sections.agenda)
    d.set("upcoming", upcoming_data(r, page, UpcomingCalendar(net, r.context().settings.today), {}, 5, 4));
  else
    d.set("upcoming", false);

  PageSpec spec;
  spec.path = page;
  spec.title = net.site.title.value;
  spec.description = "Wie is wie in de aanpak van huiselijk geweld en kindermishandeling in " + net.site.region.value + ".";
  spec.body_template = "home";
  spec.body = std::move(d);
  spec.nav_section = "home";
  r.emit(std::move(spec), sink);
}

void render_not_found_page(const PageRenderer& r, const PageIndex&, OutputSink& sink) {
  if (!r.context().wants("404.html")) return;
  // A server shows this page at any missing path, so relative links only work one level
  // deep; with basis_url every link is absolute and works at any depth.
  PageSpec spec;
  if (const auto& base = r.network().site.base_url)
    spec.link_root = base->value.ends_with('/') ? base->value : base->value + "/";
  spec.path = "404.html";
  spec.title = "Pagina niet gevonden";
  spec.description = "Deze pagina bestaat niet (meer).";
  spec.body_template = "not-found";
  mustache::data d;
  d.set("home_url", spec.link_root + "index.html");
  d.set("organisations_url", spec.link_root + "organisaties/index.html");
  spec.body = std::move(d);
  r.emit(std::move(spec), sink);
}

}  // namespace nk
