// aanbod/index.html (by soort, filterable) and aanbod/<id>/index.html: one aanbod with its
// toegangsmogelijkheden, practical details and whom to contact.
#include <array>

#include "render/pages/page_views.h"
#include "render/site_paths.h"

namespace nk {

namespace {

constexpr std::size_t kind_count = names_of<ServiceKind>().size();

std::string kind_plural(ServiceKind kind) {
  switch (kind) {
    case ServiceKind::intervention: return "Interventies";
    case ServiceKind::support: return "Hulpaanbod";
    case ServiceKind::shelter: return "Opvang";
    case ServiceKind::consultation: return "Consultatie";
    case ServiceKind::prevention: return "Preventie";
    case ServiceKind::information: return "Voorlichting";
  }
  return "";
}

std::string kind_label(ServiceKind kind) {
  std::string name(dutch_name(kind));
  if (!name.empty()) name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return name;
}

std::string intensity_list(const std::vector<Located<Intensity>>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + std::string(dutch_name(i.value));
  return out;
}

std::string specialism_names(const Network& net, const std::vector<IdRef>& ids) {
  std::string out;
  for (const auto& id : ids)
    if (auto it = net.specialism_index.find(id.value); it != net.specialism_index.end())
      out += (out.empty() ? "" : ", ") + net.specialisms[it->second].name.value;
  return out;
}

void service_page(const PageRenderer& r, const PageIndex&, const ServiceRef& ref, OutputSink& sink) {
  const Network& net = r.network();
  const Organisation& org = net.organisations[ref.organisation];
  const Service& service = org.services[ref.service];
  const std::string page = entity_path(EntityKind::service, service.id.value);
  if (!r.context().wants(page)) return;

  mustache::data d;
  d.set("kind", service.kind ? kind_label(service.kind->value) : std::string());
  d.set("organisation", organisation_link(r, page, org.id.value));
  d.set("description_html", r.html(service.description, page, 2));
  d.set("audiences", audience_list(service.audiences));
  d.set("intensities", intensity_list(service.intensities));
  mustache::list specialisms = specialism_links(r, page, service.specialisms);
  d.set("has_specialisms", !specialisms.empty());
  d.set("specialisms", specialisms);
  d.set("area", area_text(net, service.area));
  d.set("waiting_time", text_or(service.waiting_time));
  d.set("costs", text_or(service.costs));
  d.set("website", text_or(service.website));
  d.set("access", access_routes(r, page, service));
  d.set("has_access", !service.access.empty());

  // The organisation's own (function) contact, and the contact person if published: the
  // published network has dropped a reference to anyone it may not show.
  d.set("org_phone", phone_data(org.phone));
  d.set("org_email", email_data(org.email));
  d.set("org_availability", text_or(org.availability));
  mustache::data contact(false);
  if (service.contact)
    for (std::size_t c = 0; c < org.contacts.size(); ++c)
      if (org.contacts[c].id.value == service.contact->value) contact = contact_card(r, page, ref.organisation, c, false);
  d.set("contact", contact);
  d.set("stewardship", stewardship_data(r, org.stewardship));

  PageSpec spec;
  spec.path = page;
  spec.title = service.name.value;
  spec.description = service.name.value + " (" + org.name.value + "): voor wie, en hoe je er toegang toe krijgt.";
  spec.body_template = "service";
  spec.body = std::move(d);
  spec.crumbs = {{"Home", "index.html"}, {"Aanbod", "aanbod/index.html"}, {service.name.value, ""}};
  spec.nav_section = "aanbod";
  r.emit(std::move(spec), sink);
}

void services_index(const PageRenderer& r, const std::vector<ServiceRef>& all, OutputSink& sink) {
  const Network& net = r.network();
  const std::string page = "aanbod/index.html";
  if (!r.context().wants(page)) return;
  std::array<mustache::list, kind_count + 1> by_kind;  // the last: without soort
  for (const ServiceRef& ref : all) {
    const Organisation& org = net.organisations[ref.organisation];
    const Service& service = org.services[ref.service];
    mustache::data item = service_link(r, page, ref);
    item.set("audiences", audience_list(service.audiences));
    item.set("specialisms", specialism_names(net, service.specialisms));
    std::size_t k = service.kind ? static_cast<std::size_t>(service.kind->value) : kind_count;
    by_kind[k].push_back(item);
  }
  mustache::list groups, jump;
  for (std::size_t k = 0; k <= kind_count; ++k) {
    if (by_kind[k].empty()) continue;
    std::string label = k < kind_count ? kind_plural(static_cast<ServiceKind>(k)) : "Overig aanbod";
    std::string anchor = k < kind_count ? "soort-" + std::string(dutch_name(static_cast<ServiceKind>(k))) : "soort-overig";
    mustache::data g;
    g.set("label", label);
    g.set("anchor", anchor);
    g.set("count", std::to_string(by_kind[k].size()));
    g.set("services", by_kind[k]);
    groups.push_back(g);
    mustache::data j = link_data(label, "#" + anchor);
    j.set("count", std::to_string(by_kind[k].size()));
    jump.push_back(j);
  }
  mustache::data d;
  d.set("region", net.site.region.value);
  d.set("count", std::to_string(all.size()));
  d.set("groups", groups);
  d.set("jump", jump);
  d.set("has_groups", !groups.empty());
  d.set("specialisms_url", r.url(page, "specialismen/index.html"));
  PageSpec spec;
  spec.path = page;
  spec.title = "Aanbod";
  spec.description = "Interventies, hulpaanbod, opvang, consultatie, preventie en voorlichting in " + net.site.region.value +
                     ", met de toegang ertoe.";
  spec.body_template = "services";
  spec.body = std::move(d);
  spec.crumbs = {{"Home", "index.html"}, {"Aanbod", ""}};
  spec.nav_section = "aanbod";
  r.emit(std::move(spec), sink);
}

}  // namespace

void render_service_pages(const PageRenderer& r, const PageIndex& index, OutputSink& sink) {
  if (!r.context().wants_any_under("aanbod/")) return;
  const Network& net = r.network();
  // Every aanbod in name order (the service index is unordered, so walk the organisations).
  std::vector<ServiceRef> all;
  for (std::size_t o = 0; o < net.organisations.size(); ++o)
    for (std::size_t v = 0; v < net.organisations[o].services.size(); ++v)
      if (!net.organisations[o].services[v].id.value.empty()) all.push_back({o, v});
  std::sort(all.begin(), all.end(), [&](const ServiceRef& a, const ServiceRef& b) {
    return index.service_rank[a.organisation][a.service] < index.service_rank[b.organisation][b.service];
  });
  services_index(r, all, sink);
  parallel_for(all.size(), r.context().settings.threads, [&](std::size_t i) { service_page(r, index, all[i], sink); });
}

}  // namespace nk
