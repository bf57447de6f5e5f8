// specialismen/index.html (the hierarchy) and specialismen/<id>/index.html.
//
// A specialism's page shows first what is stated for that specialism itself, then, under
// the heading "Ook bij onderliggende specialismen", what is stated only for specialismen
// under it (at any depth): someone looking for help with mensenhandel also needs the
// aanspreekpunt for loverboy-problematiek, but should see that it is the narrower one.
// Each entry there names the specialismen it was listed for, and nothing is shown twice.
// Separate headings rather than one merged list keep the direct, most fitting entries on
// top without having to rank them. The direct aanspreekpunten are full cards; everything
// under "ook bij onderliggende" is one compact line each, since under a specialism at the
// top of the hierarchy that is most of the network at national scale.
#include <algorithm>
#include <optional>

#include "render/pages/calendar_lists.h"
#include "render/pages/page_views.h"
#include "render/site_paths.h"

namespace nk {

namespace {

// Names of the specialismen of `ids` that are in `wanted`, in the order of `ids`.
std::string names_in(const Network& net, const std::vector<IdRef>& ids, const std::vector<bool>& wanted) {
  std::string out;
  for (const auto& id : ids)
    if (auto it = net.specialism_index.find(id.value); it != net.specialism_index.end() && wanted[it->second])
      out += (out.empty() ? "" : ", ") + net.specialisms[it->second].name.value;
  return out;
}

std::string joined(const std::vector<Text>& texts) {
  std::string out;
  for (const auto& t : texts) out += (out.empty() ? "" : ", ") + t.value;
  return out;
}

// Ids of contact cards from several organisations: contact ids are unique only within
// their organisation, and "--" never occurs inside an id.
mustache::data card(const PageRenderer& r, const std::string& page, const ContactRef& ref) {
  mustache::data d = contact_card(r, page, ref.organisation, ref.contact, true);
  const Organisation& org = r.network().organisations[ref.organisation];
  d.set("id", "contact-" + org.id.value + "--" + org.contacts[ref.contact].id.value);
  return d;
}

void specialism_page(const PageRenderer& r, const PageIndex& index, const std::vector<std::string>& rows,
                     const UpcomingCalendar* upcoming, std::size_t s, OutputSink& sink) {
  const Network& net = r.network();
  const Specialism& spec = net.specialisms[s];
  const std::string page = entity_path(EntityKind::specialism, spec.id.value);
  if (!r.context().wants(page)) return;
  const std::vector<std::size_t> below = index.descendants(s);
  std::vector<bool> is_self(net.specialisms.size(), false), is_below(net.specialisms.size(), false);
  is_self[s] = true;
  for (std::size_t c : below) is_below[c] = true;

  mustache::data d;
  d.set("name", spec.name.value);
  d.set("map_html", embedded_html(r, page));
  d.set("description_html", r.html(spec.description, page, 2));
  mustache::data parent(false);
  if (spec.parent)
    if (auto it = net.specialism_index.find(spec.parent->value); it != net.specialism_index.end())
      parent = link_data(net.specialisms[it->second].name.value,
                         r.url(page, entity_path(EntityKind::specialism, spec.parent->value)));
  d.set("parent", parent);
  mustache::list children;
  for (std::size_t c : index.children_of_specialism[s])
    children.push_back(link_data(net.specialisms[c].name.value, r.url(page, entity_path(EntityKind::specialism, net.specialisms[c].id.value))));
  d.set("has_children", !children.empty());
  d.set("children", children);
  d.set("synonyms", joined(spec.synonyms));
  d.set("has_facts", parent.is_object() || !children.empty() || !spec.synonyms.empty());
  d.set("has_below", !below.empty());

  // Aanspreekpunten: contacts with the role aanspreekpunt, for this specialism or one below.
  auto by_contact_rank = [&](const ContactRef& a, const ContactRef& b) {
    return index.contact_rank[a.organisation][a.contact] < index.contact_rank[b.organisation][b.contact];
  };
  std::vector<ContactRef> own_contacts, below_contacts;
  std::vector<std::vector<bool>> shown(net.organisations.size());
  auto take_contacts = [&](std::size_t sp, std::vector<ContactRef>& into) {
    for (const ContactRef& ref : index.contacts_by_specialism[sp]) {
      const Contact& c = net.organisations[ref.organisation].contacts[ref.contact];
      if (!c.has_role(ContactRole::fixed_contact)) continue;
      auto& seen = shown[ref.organisation];
      if (seen.empty()) seen.resize(net.organisations[ref.organisation].contacts.size(), false);
      if (seen[ref.contact]) continue;
      seen[ref.contact] = true;
      into.push_back(ref);
    }
  };
  take_contacts(s, own_contacts);
  for (std::size_t c : below) take_contacts(c, below_contacts);
  std::sort(own_contacts.begin(), own_contacts.end(), by_contact_rank);
  std::sort(below_contacts.begin(), below_contacts.end(), by_contact_rank);
  mustache::list own_cards;
  for (const auto& ref : own_contacts) own_cards.push_back(card(r, page, ref));
  // Rendered here rather than with {{> partial}}: a root specialism at national scale has
  // thousands of entries, and a partial inside a section is parsed again for each.
  d.set("contacts_html", render_each(r, "contact-card", own_cards));
  d.set("has_contacts", !own_cards.empty());
  d.set("below_contacts_html", join_contact_rows(index, rows, below_contacts));
  d.set("has_below_contacts", !below_contacts.empty());
  d.set("contacts_url", r.url(page, contact_specialism_path(spec.id.value)));

  // Organisations with the expertise.
  auto by_org_rank = [&](std::size_t a, std::size_t b) { return index.organisation_rank[a] < index.organisation_rank[b]; };
  std::vector<bool> org_shown(net.organisations.size(), false);
  std::vector<std::size_t> own_orgs, below_orgs;
  for (std::size_t o : index.organisations_by_specialism[s])
    if (!org_shown[o]) org_shown[o] = true, own_orgs.push_back(o);
  for (std::size_t c : below)
    for (std::size_t o : index.organisations_by_specialism[c])
      if (!org_shown[o]) org_shown[o] = true, below_orgs.push_back(o);
  std::sort(own_orgs.begin(), own_orgs.end(), by_org_rank);
  std::sort(below_orgs.begin(), below_orgs.end(), by_org_rank);
  auto org_item = [&](std::size_t o, bool for_below) {
    const Organisation& org = net.organisations[o];
    mustache::data item = organisation_link(r, page, org.id.value);
    auto kind = net.kind_index.find(org.kind.value);
    std::string meta = kind == net.kind_index.end() ? std::string() : net.organisation_kinds[kind->second].name.value;
    if (for_below) meta += (meta.empty() ? "" : " · ") + names_in(net, org.specialisms, is_below);
    else meta += (meta.empty() ? "" : " · ") + area_text(net, org.area);
    item.set("meta", meta);
    return item;
  };
  mustache::list orgs, orgs_below;
  for (std::size_t o : own_orgs) orgs.push_back(org_item(o, false));
  for (std::size_t o : below_orgs) orgs_below.push_back(org_item(o, true));
  d.set("organisations", orgs);
  d.set("has_organisations", !orgs.empty());
  d.set("below_organisations", orgs_below);
  d.set("has_below_organisations", !orgs_below.empty());

  // Aanbod with its toegangsmogelijkheden.
  auto by_service_rank = [&](const ServiceRef& a, const ServiceRef& b) {
    return index.service_rank[a.organisation][a.service] < index.service_rank[b.organisation][b.service];
  };
  std::vector<std::vector<bool>> service_shown(net.organisations.size());
  std::vector<ServiceRef> own_services, below_services;
  auto take_services = [&](std::size_t sp, std::vector<ServiceRef>& into) {
    for (const ServiceRef& ref : index.services_by_specialism[sp]) {
      auto& seen = service_shown[ref.organisation];
      if (seen.empty()) seen.resize(net.organisations[ref.organisation].services.size(), false);
      if (seen[ref.service]) continue;
      seen[ref.service] = true;
      into.push_back(ref);
    }
  };
  take_services(s, own_services);
  for (std::size_t c : below) take_services(c, below_services);
  std::sort(own_services.begin(), own_services.end(), by_service_rank);
  std::sort(below_services.begin(), below_services.end(), by_service_rank);
  mustache::list services, services_below;
  for (const auto& ref : own_services) {
    mustache::data item = service_summary(r, page, ref.organisation, ref.service);
    item.set("specialisms", std::string());
    services.push_back(item);
  }
  for (const auto& ref : below_services) {
    const Service& service = net.organisations[ref.organisation].services[ref.service];
    mustache::data item = service_link(r, page, ref);
    item.set("kind", service.kind ? std::string(dutch_name(service.kind->value)) : std::string());
    item.set("access", access_summary(service));
    item.set("specialisms", names_in(net, service.specialisms, is_below));
    services_below.push_back(item);
  }
  d.set("services_html", render_each(r, "service-item", services));
  d.set("has_services", !services.empty());
  d.set("below_services_html", render_each(r, "service-line", services_below));
  d.set("has_below_services", !services_below.empty());

  // Overleggen.
  std::vector<bool> meeting_shown(net.meetings.size(), false);
  mustache::list meetings, meetings_below;
  auto meeting_item = [&](std::size_t m, bool for_below) {
    const Meeting& meeting = net.meetings[m];
    mustache::data item = meeting_link(r, page, m);
    std::string meta = meeting.kind ? std::string(dutch_name(meeting.kind->value)) : std::string();
    std::replace(meta.begin(), meta.end(), '-', ' ');  // "lerend-netwerk" -> "Lerend netwerk"
    if (!meta.empty()) meta[0] = static_cast<char>(meta[0] - 'a' + 'A');
    if (meeting.escalation) meta += (meta.empty() ? "" : " · ") + std::string("laag ") + std::to_string(meeting.escalation->layer.value);
    if (for_below) meta += (meta.empty() ? "" : " · ") + names_in(net, meeting.specialisms, is_below);
    item.set("meta", meta);
    return item;
  };
  for (std::size_t m : index.meetings_by_specialism[s])
    if (!meeting_shown[m]) meeting_shown[m] = true, meetings.push_back(meeting_item(m, false));
  std::vector<std::size_t> below_meetings;
  for (std::size_t c : below)
    for (std::size_t m : index.meetings_by_specialism[c])
      if (!meeting_shown[m]) meeting_shown[m] = true, below_meetings.push_back(m);
  std::sort(below_meetings.begin(), below_meetings.end());  // id order, like the direct ones
  for (std::size_t m : below_meetings) meetings_below.push_back(meeting_item(m, true));
  d.set("meetings", meetings);
  d.set("has_meetings", !meetings.empty());
  d.set("below_meetings", meetings_below);
  d.set("has_below_meetings", !meetings_below.empty());

  // Next sessions and agenda items of this specialism and those under it, with its feed.
  if (upcoming) {
    auto wanted = [&](const std::vector<IdRef>& ids) {
      for (const auto& id : ids)
        if (auto it = net.specialism_index.find(id.value); it != net.specialism_index.end())
          if (is_self[it->second] || is_below[it->second]) return true;
      return false;
    };
    mustache::data calendar = upcoming_data(r, page, *upcoming, wanted, 5, 4);
    mustache::data feed = feed_links(r, page, specialism_feed_path(spec.id.value));
    feed.set("label", "Trainingen en agenda over " + spec.name.value);
    calendar.set("feed", feed);
    calendar.set("theme", spec.name.value);
    // The calendar's selection for this theme exists when any training has it (or one below).
    for (const Training& t : net.trainings)
      if (wanted(t.specialisms)) {
        calendar.set("trainings_url", r.url(page, training_selection_path("specialisme", spec.id.value)));
        calendar.set("trainings_label", "Alle trainingen over " + spec.name.value);
        break;
      }
    d.set("upcoming", calendar);
  } else {
    d.set("upcoming", false);
  }

  PageSpec spec_out;
  spec_out.path = page;
  spec_out.title = spec.name.value;
  spec_out.description = spec.name.value + ": vaste aanspreekpunten, organisaties, aanbod en overleggen in " +
                         net.site.region.value + ".";
  spec_out.body_template = "specialism";
  spec_out.body = std::move(d);
  spec_out.crumbs = {{"Home", "index.html"}, {"Specialismen", "specialismen/index.html"}};
  // The trail follows the hierarchy, so the way up is one click.
  std::vector<Crumb> above;
  for (std::size_t at = s, steps = 0; steps < net.specialisms.size(); ++steps) {
    const auto& p = net.specialisms[at].parent;
    if (!p) break;
    auto it = net.specialism_index.find(p->value);
    if (it == net.specialism_index.end() || it->second == s) break;
    above.push_back({net.specialisms[it->second].name.value, entity_path(EntityKind::specialism, p->value)});
    at = it->second;
  }
  spec_out.crumbs.insert(spec_out.crumbs.end(), above.rbegin(), above.rend());
  spec_out.crumbs.push_back({spec.name.value, ""});
  spec_out.nav_section = "specialismen";
  r.emit(std::move(spec_out), sink);
}

void specialisms_index(const PageRenderer& r, const PageIndex& index, OutputSink& sink) {
  const Network& net = r.network();
  const std::string page = "specialismen/index.html";
  if (!r.context().wants(page)) return;
  mustache::data d;
  d.set("region", net.site.region.value);
  d.set("specialisms", specialism_tree_list(index, [&](std::size_t s) {
    const Specialism& spec = net.specialisms[s];
    mustache::data node = link_data(spec.name.value, r.url(page, entity_path(EntityKind::specialism, spec.id.value)));
    node.set("note", spec.synonyms.empty() ? std::string() : "ook: " + joined(spec.synonyms));
    return node;
  }));
  d.set("has_specialisms", !net.specialisms.empty());
  PageSpec spec;
  spec.path = page;
  spec.title = "Specialismen";
  spec.description = "Vormen van geweld en expertisegebieden, met wie er in " + net.site.region.value + " verstand van heeft.";
  spec.body_template = "specialisms";
  spec.body = std::move(d);
  spec.crumbs = {{"Home", "index.html"}, {"Specialismen", ""}};
  spec.nav_section = "specialismen";
  r.emit(std::move(spec), sink);
}

}  // namespace

void render_specialism_pages(const PageRenderer& r, const PageIndex& index, OutputSink& sink) {
  specialisms_index(r, index, sink);
  if (r.network().specialisms.empty() || !r.context().wants_any_under("specialismen/")) return;
  // Every specialism page is two folders deep, so one rendering of each row serves them all.
  const std::vector<std::string> rows =
      render_contact_rows(r, index, entity_path(EntityKind::specialism, r.network().specialisms[0].id.value));
  std::optional<UpcomingCalendar> upcoming;
  if (r.context().sections.trainings && r.context().sections.agenda) upcoming.emplace(r.network(), r.context().settings.today);
  parallel_for(r.network().specialisms.size(), r.context().settings.threads,
               [&](std::size_t s) { specialism_page(r, index, rows, upcoming ? &*upcoming : nullptr, s, sink); });
}

}  // namespace nk
