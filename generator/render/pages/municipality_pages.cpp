// gemeenten/index.html (by subregio) and gemeenten/<id>/index.html: everything that serves
// a gemeente, per specialisme.
//
// "Serves" means: an organisation whose werkgebied holds the gemeente, and aanbod whose own
// werkgebied holds it (absent is the whole region, as data.md says), region-wide ones
// included. Region-wide organisations therefore appear on every gemeente's page; at
// national scale that is most of each page, so every entry is one compact line and the
// details stay on the organisation's and the aanbod's own pages. Aanbod for the whole region
// is the same on every gemeente page: a few such items are listed, but past
// kRegionWideListed per specialism the section gives their number and links to the
// specialism's page, which lists them with their toegang (a national set would otherwise
// repeat two thousand lines on each of its 342 gemeente pages). A specialism lists only
// what is stated for it directly (what is stated for a narrower one is under that one), so
// nothing appears twice within one specialism.
#include <map>

#include "render/pages/page_views.h"
#include "render/site_paths.h"

namespace nk {

namespace {

constexpr std::size_t kRegionWideListed = 10;

std::string kind_name(const Network& net, const Organisation& org) {
  auto kind = net.kind_index.find(org.kind.value);
  return kind == net.kind_index.end() ? std::string() : net.organisation_kinds[kind->second].name.value;
}

// Entries rendered once for all gemeente pages (they are all two folders deep, so every
// relative link is the same on each): contact rows by contact rank, organisation lines by
// organisation, aanbod lines by organisation and aanbod.
struct RenderedLines {
  std::vector<std::string> contacts, organisations;
  std::vector<std::vector<std::string>> services;
};

RenderedLines render_lines(const PageRenderer& r, const PageIndex& index) {
  const Network& net = r.network();
  const std::string page = entity_path(EntityKind::municipality, net.municipalities[0].id.value);
  RenderedLines lines;
  lines.contacts = render_contact_rows(r, index, page);
  lines.organisations.resize(net.organisations.size());
  lines.services.resize(net.organisations.size());
  parallel_for(net.organisations.size(), r.context().settings.threads, [&](std::size_t o) {
    const Organisation& org = net.organisations[o];
    mustache::data item = organisation_link(r, page, org.id.value);
    item.set("kind", kind_name(net, org));
    lines.organisations[o] = r.context().theme.render("organisation-line", item);
    for (std::size_t v = 0; v < org.services.size(); ++v) {
      const Service& service = org.services[v];
      mustache::data s = service_link(r, page, {o, v});
      s.set("kind", service.kind ? std::string(dutch_name(service.kind->value)) : std::string());
      s.set("access", access_summary(service));
      lines.services[o].push_back(r.context().theme.render("service-line", s));
    }
  });
  return lines;
}

void municipality_page(const PageRenderer& r, const PageIndex& index, const RenderedLines& lines, std::size_t m,
                       OutputSink& sink) {
  const Network& net = r.network();
  const Municipality& muni = net.municipalities[m];
  const std::string page = entity_path(EntityKind::municipality, muni.id.value);
  if (!r.context().wants(page)) return;
  const std::size_t specs = net.specialisms.size();

  std::vector<std::size_t> orgs = index.organisations_by_municipality[m];
  std::sort(orgs.begin(), orgs.end(), [&](std::size_t a, std::size_t b) { return index.organisation_rank[a] < index.organisation_rank[b]; });
  std::vector<ServiceRef> services = index.services_by_municipality[m];
  std::sort(services.begin(), services.end(), [&](const ServiceRef& a, const ServiceRef& b) {
    return index.service_rank[a.organisation][a.service] < index.service_rank[b.organisation][b.service];
  });

  // Per specialism, in name order within each.
  struct Bucket {
    std::vector<ContactRef> contacts;
    std::vector<std::size_t> organisations;
    std::vector<ServiceRef> services;
  };
  std::vector<Bucket> buckets(specs);
  std::vector<ContactRef> focal_officers;
  auto specialism_of = [&](const IdRef& id) {
    auto it = net.specialism_index.find(id.value);
    return it == net.specialism_index.end() ? specs : it->second;
  };
  for (std::size_t o : orgs) {
    const Organisation& org = net.organisations[o];
    for (const auto& id : org.specialisms)
      if (std::size_t s = specialism_of(id); s < specs) buckets[s].organisations.push_back(o);
    for (std::size_t c = 0; c < org.contacts.size(); ++c) {
      const Contact& contact = org.contacts[c];
      if (contact.has_role(ContactRole::focal_officer)) focal_officers.push_back({o, c});
      if (!contact.has_role(ContactRole::fixed_contact)) continue;
      for (const auto& id : contact.specialisms)
        if (std::size_t s = specialism_of(id); s < specs) buckets[s].contacts.push_back({o, c});
    }
  }
  auto by_contact_rank = [&](const ContactRef& a, const ContactRef& b) {
    return index.contact_rank[a.organisation][a.contact] < index.contact_rank[b.organisation][b.contact];
  };
  std::sort(focal_officers.begin(), focal_officers.end(), by_contact_rank);
  std::vector<ServiceRef> unclassified;
  for (const ServiceRef& ref : services) {
    bool any = false;
    for (const auto& id : net.organisations[ref.organisation].services[ref.service].specialisms)
      if (std::size_t s = specialism_of(id); s < specs) buckets[s].services.push_back(ref), any = true;
    if (!any) unclassified.push_back(ref);
  }

  auto is_region_wide = [&](const ServiceRef& ref) {
    return net.organisations[ref.organisation].services[ref.service].area.whole_region;
  };
  auto service_lines = [&](const std::vector<ServiceRef>& refs) {
    std::string out;
    for (const ServiceRef& ref : refs) out += lines.services[ref.organisation][ref.service];
    return out;
  };
  auto org_lines = [&](const std::vector<std::size_t>& list) {
    std::string out;
    for (std::size_t o : list) out += lines.organisations[o];
    return out;
  };

  mustache::list sections, jump;
  for (const SpecialismNode& node : index.specialism_tree) {
    Bucket& b = buckets[node.specialism];
    if (b.contacts.empty() && b.organisations.empty() && b.services.empty()) continue;
    const Specialism& spec = net.specialisms[node.specialism];
    std::sort(b.contacts.begin(), b.contacts.end(), by_contact_rank);
    const std::string sec_url = r.url(page, entity_path(EntityKind::specialism, spec.id.value));
    mustache::data sec = link_data(spec.name.value, sec_url);
    sec.set("anchor", "specialisme-" + spec.id.value);
    sec.set("contacts_html", join_contact_rows(index, lines.contacts, b.contacts));
    sec.set("has_contacts", !b.contacts.empty());
    sec.set("organisations_html", org_lines(b.organisations));
    sec.set("has_organisations", !b.organisations.empty());
    std::vector<ServiceRef> local, region_wide;
    for (const ServiceRef& ref : b.services)
      (is_region_wide(ref) ? region_wide : local).push_back(ref);
    const bool list_region_wide = region_wide.size() <= kRegionWideListed;
    if (list_region_wide) local = b.services;  // keeps the name order of the whole list
    sec.set("services_html", service_lines(local));
    sec.set("has_services", !local.empty());
    if (!list_region_wide) {
      sec.set("region_wide_count", std::to_string(region_wide.size()));
      sec.set("region_wide_url", sec_url + "#aanbod");
    }
    sections.push_back(sec);
    mustache::data j = link_data(spec.name.value, "#specialisme-" + spec.id.value);
    jump.push_back(j);
  }

  mustache::data d;
  d.set("name", muni.name.value);
  d.set("map_html", embedded_html(r, page));
  d.set("subregion", text_or(muni.subregion));
  d.set("centre", muni.centre && muni.centre->value);
  d.set("has_meta", muni.subregion || (muni.centre && muni.centre->value));
  d.set("organisation_count", orgs.size() == 1 ? std::string("1 organisatie") : std::to_string(orgs.size()) + " organisaties");
  d.set("service_count", services.size() == 1 ? std::string("1 vorm") : std::to_string(services.size()) + " vormen");
  d.set("contacts_url", r.url(page, contact_municipality_path(muni.id.value)));
  d.set("focal_officers_html", join_contact_rows(index, lines.contacts, focal_officers));
  d.set("has_focal_officers", !focal_officers.empty());
  d.set("sections", sections);
  d.set("has_sections", !sections.empty());
  d.set("jump", jump);
  d.set("other_services_html", service_lines(unclassified));
  d.set("has_other_services", !unclassified.empty());
  d.set("organisations_html", org_lines(orgs));
  d.set("has_organisations", !orgs.empty());

  PageSpec spec;
  spec.path = page;
  spec.title = muni.name.value;
  spec.description = "Aandachtsfunctionarissen, vaste aanspreekpunten, organisaties en aanbod voor " + muni.name.value +
                     ", per vorm van geweld.";
  spec.body_template = "municipality";
  spec.body = std::move(d);
  spec.crumbs = {{"Home", "index.html"}, {"Gemeenten", "gemeenten/index.html"}, {muni.name.value, ""}};
  spec.nav_section = "gemeenten";
  r.emit(std::move(spec), sink);
}

void municipalities_index(const PageRenderer& r, const PageIndex& index, OutputSink& sink) {
  const Network& net = r.network();
  const std::string page = "gemeenten/index.html";
  if (!r.context().wants(page)) return;
  // By subregio, in the order of gemeenten.yaml (as on the home page).
  mustache::list subregions = subregion_groups(net, [&](std::size_t m) {
    const Municipality& muni = net.municipalities[m];
    mustache::data item = link_data(muni.name.value, r.url(page, entity_path(EntityKind::municipality, muni.id.value)));
    item.set("centre", muni.centre && muni.centre->value);
    std::size_t n = index.organisations_by_municipality[m].size();
    item.set("count", n == 1 ? std::string("1 organisatie") : std::to_string(n) + " organisaties");
    return item;
  });
  mustache::data d;
  d.set("region", net.site.region.value);
  d.set("subregions", subregions);
  d.set("has_municipalities", !net.municipalities.empty());
  PageSpec spec;
  spec.path = page;
  spec.title = "Gemeenten";
  spec.description = "De gemeenten van " + net.site.region.value + ", en per gemeente wie er werkt.";
  spec.body_template = "municipalities";
  spec.body = std::move(d);
  spec.crumbs = {{"Home", "index.html"}, {"Gemeenten", ""}};
  spec.nav_section = "gemeenten";
  r.emit(std::move(spec), sink);
}

}  // namespace

void render_municipality_pages(const PageRenderer& r, const PageIndex& index, OutputSink& sink) {
  municipalities_index(r, index, sink);
  if (r.network().municipalities.empty() || !r.context().wants_any_under("gemeenten/")) return;
  const RenderedLines lines = render_lines(r, index);
  parallel_for(r.network().municipalities.size(), r.context().settings.threads,
               [&](std::size_t m) { municipality_page(r, index, lines, m, sink); });
}

}  // namespace nk
