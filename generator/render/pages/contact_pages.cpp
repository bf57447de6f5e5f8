// contactpersonen/index.html and its selections, which filter without JavaScript:
// contactpersonen/rol/<rol>/index.html, contactpersonen/specialisme/<id>/index.html and
// contactpersonen/gemeente/<id>/index.html.
//
// Every list is grouped by role, in the order of ContactRole; a person with two roles is in
// both groups, so each group is complete. Entries are compact (partial contact-row) so the
// index stays readable, and bounded, at national scale: it lists each person once per role,
// a selection only its own subset. With JavaScript a text box filters a list while typing.
//
// A specialism's selection holds the contacts for that specialism and for everything under
// it (the aanspreekpunten mensenhandel include those for loverboy-problematiek); each entry
// names its own specialismen. A gemeente's selection holds the contacts of organisations
// whose werkgebied holds the gemeente, region-wide organisations included.
#include <array>
#include <map>

#include "render/pages/page_views.h"
#include "render/site_paths.h"

namespace nk {

namespace {

constexpr std::size_t role_count = names_of<ContactRole>().size();

struct Selection {
  std::string path;
  std::string title;
  std::string description;  // meta description
  std::string intro;        // what the selection holds
  std::string crumb;
  mustache::data related = mustache::data(false);  // link to the page of the specialism or gemeente
  const std::vector<ContactRef>* contacts = nullptr;  // in name order
  std::vector<ContactRole> roles;  // groups to show
};

std::string role_slug(ContactRole role) { return std::string(dutch_name(role)); }

// The groups of `contacts` by role, each with its compact entries (rendered already).
mustache::list role_groups(const PageRenderer& r, const PageIndex& index, const std::vector<std::string>& rows,
                           const std::vector<ContactRef>& contacts, const std::vector<ContactRole>& roles) {
  const Network& net = r.network();
  mustache::list groups;
  std::vector<ContactRef> members;
  for (ContactRole role : roles) {
    members.clear();
    for (const ContactRef& ref : contacts)
      if (net.organisations[ref.organisation].contacts[ref.contact].has_role(role)) members.push_back(ref);
    if (members.empty()) continue;
    mustache::data g;
    g.set("label", role_plural(role));
    g.set("anchor", "rol-" + role_slug(role));
    g.set("count", std::to_string(members.size()));
    g.set("rows_html", join_contact_rows(index, rows, members));
    groups.push_back(g);
  }
  return groups;
}

std::vector<ContactRole> all_roles() {
  std::vector<ContactRole> roles;
  for (const auto& n : names_of<ContactRole>()) roles.push_back(n.value);
  return roles;
}

std::string count_text(std::size_t n) { return n == 1 ? "1 persoon" : std::to_string(n) + " personen"; }

void selection_page(const PageRenderer& r, const PageIndex& index, const std::vector<std::string>& rows,
                    const Selection& sel, OutputSink& sink) {
  if (!r.context().wants(sel.path)) return;
  mustache::data d;
  d.set("intro", sel.intro);
  d.set("count", count_text(sel.contacts->size()));
  d.set("related", sel.related);
  mustache::list groups = role_groups(r, index, rows, *sel.contacts, sel.roles);
  d.set("has_groups", !groups.empty());
  d.set("groups", groups);
  d.set("all_url", r.url(sel.path, "contactpersonen/index.html"));
  PageSpec spec;
  spec.path = sel.path;
  spec.title = sel.title;
  spec.description = sel.description;
  spec.body_template = "contact-selection";
  spec.body = std::move(d);
  spec.crumbs = {{"Home", "index.html"}, {"Contactpersonen", "contactpersonen/index.html"}, {sel.crumb, ""}};
  spec.nav_section = "contactpersonen";
  spec.structured_data = people_list_json(r.network(), sel.title, *sel.contacts);
  r.emit(std::move(spec), sink);
}

struct Facets {
  std::array<std::size_t, role_count> by_role{};
  std::vector<std::size_t> by_specialism, by_municipality;
};

void contacts_index(const PageRenderer& r, const PageIndex& index, const Facets& facets, OutputSink& sink) {
  const Network& net = r.network();
  const std::string page = "contactpersonen/index.html";
  if (!r.context().wants(page)) return;
  mustache::data d;
  d.set("region", net.site.region.value);
  d.set("count", count_text(index.contacts_by_name.size()));

  mustache::list roles;
  for (const auto& n : names_of<ContactRole>()) {
    mustache::data item = link_data(role_plural(n.value), r.url(page, contact_role_path(n.value)));
    item.set("count", std::to_string(facets.by_role[static_cast<std::size_t>(n.value)]));
    roles.push_back(item);
  }
  d.set("roles", roles);

  mustache::list specialisms = specialism_tree_list(index, [&](std::size_t s) {
    const Specialism& spec = net.specialisms[s];
    mustache::data node = link_data(spec.name.value, r.url(page, contact_specialism_path(spec.id.value)));
    node.set("note", "(" + std::to_string(facets.by_specialism[s]) + ")");
    return node;
  });
  d.set("specialisms", specialisms);
  d.set("has_specialisms", !net.specialisms.empty());

  // Gemeenten by subregio, in the order of gemeenten.yaml (as on the home page).
  mustache::list subregions = subregion_groups(net, [&](std::size_t m) {
    const Municipality& muni = net.municipalities[m];
    mustache::data item = link_data(muni.name.value, r.url(page, contact_municipality_path(muni.id.value)));
    item.set("count", std::to_string(facets.by_municipality[m]));
    return item;
  });
  d.set("subregions", subregions);
  d.set("has_municipalities", !net.municipalities.empty());

  mustache::list groups = role_groups(r, index, render_contact_rows(r, index, page), index.contacts_by_name, all_roles());
  d.set("has_groups", !groups.empty());
  d.set("groups", groups);

  PageSpec spec;
  spec.path = page;
  spec.title = "Contactpersonen";
  spec.description = "Aandachtsfunctionarissen, vaste aanspreekpunten, netwerkcontacten en ervaringsdeskundigen in " +
                     net.site.region.value + ", met telefoon en e-mail.";
  spec.body_template = "contacts";
  spec.body = std::move(d);
  spec.crumbs = {{"Home", "index.html"}, {"Contactpersonen", ""}};
  spec.nav_section = "contactpersonen";
  spec.structured_data = people_list_json(net, spec.title, index.contacts_by_name);
  r.emit(std::move(spec), sink);
}

}  // namespace

void render_contact_pages(const PageRenderer& r, const PageIndex& index, OutputSink& sink) {
  if (!r.context().wants_any_under("contactpersonen/")) return;
  const Network& net = r.network();
  const std::size_t specs = net.specialisms.size(), munis = net.municipalities.size();

  // The selections, each in name order.
  std::array<std::vector<ContactRef>, role_count> by_role;
  std::vector<std::vector<ContactRef>> by_specialism(specs), by_municipality(munis);
  std::vector<std::size_t> parent(specs, specs);
  for (std::size_t s = 0; s < specs; ++s)
    if (const auto& p = net.specialisms[s].parent)
      if (auto it = net.specialism_index.find(p->value); it != net.specialism_index.end()) parent[s] = it->second;
  std::vector<std::size_t> seen(specs, 0);  // last contact (+1) added to a specialism's list
  for (std::size_t i = 0; i < index.contacts_by_name.size(); ++i) {
    const ContactRef& ref = index.contacts_by_name[i];
    const Contact& contact = net.organisations[ref.organisation].contacts[ref.contact];
    for (const auto& role : contact.roles) by_role[static_cast<std::size_t>(role.value)].push_back(ref);
    for (const auto& id : contact.specialisms) {
      auto it = net.specialism_index.find(id.value);
      if (it == net.specialism_index.end()) continue;
      // The specialism and every one above it; `steps` guards against a cycle.
      for (std::size_t s = it->second, steps = 0; s < specs && steps <= specs; s = parent[s], ++steps) {
        if (seen[s] == i + 1) continue;
        seen[s] = i + 1;
        by_specialism[s].push_back(ref);
      }
    }
  }
  for (std::size_t m = 0; m < munis; ++m) {
    auto& list = by_municipality[m];
    for (std::size_t o : index.organisations_by_municipality[m])
      for (std::size_t c = 0; c < net.organisations[o].contacts.size(); ++c) list.push_back({o, c});
    std::sort(list.begin(), list.end(), [&](const ContactRef& a, const ContactRef& b) {
      return index.contact_rank[a.organisation][a.contact] < index.contact_rank[b.organisation][b.contact];
    });
  }

  Facets facets;
  for (std::size_t i = 0; i < role_count; ++i) facets.by_role[i] = by_role[i].size();
  for (const auto& list : by_specialism) facets.by_specialism.push_back(list.size());
  for (const auto& list : by_municipality) facets.by_municipality.push_back(list.size());

  std::vector<Selection> selections;
  selections.reserve(role_count + specs + munis);
  for (const auto& n : names_of<ContactRole>()) {
    Selection sel;
    sel.path = contact_role_path(n.value);
    sel.title = role_plural(n.value);
    sel.description = role_plural(n.value) + " in " + net.site.region.value + ", met telefoon en e-mail.";
    switch (n.value) {
      case ContactRole::focal_officer:
        sel.intro = "Aandachtsfunctionarissen ondersteunen collega's in hun organisatie bij het werken met de meldcode.";
        break;
      case ContactRole::fixed_contact:
        sel.intro = "Vaste aanspreekpunten hebben expertise in een of meer specialismen en zijn aanspreekbaar voor collega's van andere organisaties.";
        break;
      case ContactRole::network_contact:
        sel.intro = "Contactpersonen netwerksamenwerking zijn het eerste aanspreekpunt van hun organisatie in het netwerk.";
        break;
      case ContactRole::lived_experience:
        sel.intro = "Ervaringsdeskundigen zetten hun eigen ervaring met geweld in voor hulp, voorlichting en beleid.";
        break;
    }
    sel.crumb = role_plural(n.value);
    sel.contacts = &by_role[static_cast<std::size_t>(n.value)];
    sel.roles = {n.value};
    selections.push_back(std::move(sel));
  }
  for (std::size_t s = 0; s < specs; ++s) {
    const Specialism& spec = net.specialisms[s];
    Selection sel;
    sel.path = contact_specialism_path(spec.id.value);
    sel.title = "Contactpersonen voor " + spec.name.value;
    sel.description = "Vaste aanspreekpunten en andere contactpersonen voor " + spec.name.value + " in " +
                      net.site.region.value + ".";
    sel.intro = index.children_of_specialism[s].empty()
                    ? "Contactpersonen met expertise in dit specialisme."
                    : "Contactpersonen met expertise in dit specialisme of in een specialisme dat eronder valt; bij "
                      "iedereen staat voor welke specialismen.";
    sel.crumb = spec.name.value;
    sel.related = link_data("Alles over " + spec.name.value, r.url(sel.path, entity_path(EntityKind::specialism, spec.id.value)));
    sel.contacts = &by_specialism[s];
    sel.roles = all_roles();
    selections.push_back(std::move(sel));
  }
  for (std::size_t m = 0; m < munis; ++m) {
    const Municipality& muni = net.municipalities[m];
    Selection sel;
    sel.path = contact_municipality_path(muni.id.value);
    sel.title = "Contactpersonen in " + muni.name.value;
    sel.description = "Contactpersonen van organisaties die in " + muni.name.value + " werken.";
    sel.intro = "Contactpersonen van organisaties met " + muni.name.value +
                " in hun werkgebied, ook van organisaties die in de hele regio werken.";
    sel.crumb = muni.name.value;
    sel.related = link_data("Alles in " + muni.name.value, r.url(sel.path, entity_path(EntityKind::municipality, muni.id.value)));
    sel.contacts = &by_municipality[m];
    sel.roles = all_roles();
    selections.push_back(std::move(sel));
  }

  contacts_index(r, index, facets, sink);
  // Every selection page is three folders deep (contactpersonen/<kind>/<id>/), so one
  // rendering of each row serves them all.
  const std::vector<std::string> rows = render_contact_rows(r, index, contact_role_path(ContactRole::focal_officer));
  parallel_for(selections.size(), r.context().settings.threads,
               [&](std::size_t i) { selection_page(r, index, rows, selections[i], sink); });
}

}  // namespace nk
