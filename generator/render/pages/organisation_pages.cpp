// organisaties/index.html and organisaties/<id>/index.html.
#include <nlohmann/json.hpp>

#include "render/pages/page_views.h"
#include "render/site_paths.h"
#include "values/dates.h"

namespace nk {

namespace {

std::string ring_label(Ring ring) {
  return ring == Ring::chain ? "Netwerkpartner in de aanpak (keten)" : "Tweede ring: vindplaats of partner buiten de keten";
}

// How a relation reads from the side of the organisation it points to.
std::string incoming_label(RelationKind kind) {
  switch (kind) {
    case RelationKind::refers_to: return "verwijst naar deze organisatie";
    case RelationKind::works_with: return "werkt samen met deze organisatie";
    case RelationKind::part_of: return "is onderdeel van deze organisatie";
    case RelationKind::funds: return "financiert deze organisatie";
  }
  return "";
}

std::string outgoing_label(RelationKind kind) {
  switch (kind) {
    case RelationKind::refers_to: return "Verwijst naar";
    case RelationKind::works_with: return "Werkt samen met";
    case RelationKind::part_of: return "Is onderdeel van";
    case RelationKind::funds: return "Financiert";
  }
  return "";
}

std::string structured_data(const Network& net, const Organisation& org) {
  nlohmann::ordered_json j;
  j["@context"] = "https://schema.org";
  j["@type"] = "Organization";
  j["name"] = org.name.value;
  if (org.abbreviation) j["alternateName"] = org.abbreviation->value;
  if (org.website) j["url"] = org.website->value;
  if (org.email) j["email"] = org.email->value;
  if (org.phone) j["telephone"] = org.phone->value.tel;
  if (org.address) {
    nlohmann::ordered_json address;
    address["@type"] = "PostalAddress";
    if (org.address->street) address["streetAddress"] = org.address->street->value;
    if (org.address->postcode) address["postalCode"] = org.address->postcode->value;
    if (org.address->place) address["addressLocality"] = org.address->place->value;
    j["address"] = address;
  }
  j["areaServed"] = area_text(net, org.area);
  nlohmann::ordered_json people = nlohmann::ordered_json::array();
  for (const auto& c : org.contacts) people.push_back(person_json(c));
  if (!people.empty()) j["employee"] = people;
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

void organisation_page(const PageRenderer& r, const PageIndex& index, std::size_t o, OutputSink& sink) {
  const Network& net = r.network();
  const Organisation& org = net.organisations[o];
  const std::string page = entity_path(EntityKind::organisation, org.id.value);
  if (!r.context().wants(page)) return;
  mustache::data d;
  d.set("abbreviation", text_or(org.abbreviation));
  auto kind = net.kind_index.find(org.kind.value);
  d.set("kind", kind == net.kind_index.end() ? org.kind.value : net.organisation_kinds[kind->second].name.value);
  d.set("ring", ring_label(org.ring.value));
  d.set("second_ring", org.ring.value == Ring::second_ring);
  d.set("description_html", r.html(org.description, page));
  d.set("website", org.website ? mustache::data(org.website->value) : mustache::data(false));
  d.set("email", email_data(org.email));
  d.set("phone", phone_data(org.phone));
  d.set("availability", text_or(org.availability));
  if (org.address) {
    mustache::data a;
    a.set("street", text_or(org.address->street));
    a.set("postcode", text_or(org.address->postcode));
    a.set("place", text_or(org.address->place));
    a.set("secret", org.address->is_secret());
    d.set("address", a);
  } else {
    d.set("address", false);
  }
  d.set("area", area_text(net, org.area));
  d.set("specialisms", specialism_links(r, page, org.specialisms));
  d.set("has_specialisms", !org.specialisms.empty());
  d.set("consultation_html", r.html(org.consultation, page));
  d.set("declaration", org.declaration_signed ? format_dutch_date(org.declaration_signed->value) : std::string());
  d.set("protocol", org.reporting_protocol ? (org.reporting_protocol->value ? "ja" : "nee") : std::string());
  d.set("contact_groups", contact_groups(r, page, org));
  d.set("has_contacts", !org.contacts.empty());

  mustache::list services;
  for (std::size_t v = 0; v < org.services.size(); ++v) services.push_back(service_summary(r, page, o, v));
  d.set("services", services);
  d.set("has_services", !org.services.empty());

  mustache::list meetings;
  for (std::size_t m : index.chaired_meetings[o]) {
    auto item = meeting_link(r, page, m);
    item.set("role", "voorzitter");
    meetings.push_back(item);
  }
  for (std::size_t m : index.joined_meetings[o]) {
    auto item = meeting_link(r, page, m);
    item.set("role", "deelnemer");
    meetings.push_back(item);
  }
  d.set("meetings", meetings);
  d.set("has_meetings", !meetings.empty());

  mustache::list trainings;
  for (std::size_t t : index.provided_trainings[o]) trainings.push_back(training_link(r, page, t));
  d.set("trainings", trainings);
  d.set("has_trainings", !trainings.empty());

  mustache::list relations;
  for (const auto& rel : org.relations) {
    mustache::data item = organisation_link(r, page, rel.organisation.value);
    item.set("relation", outgoing_label(rel.kind.value));
    item.set("note", text_or(rel.note));
    relations.push_back(item);
  }
  for (const auto& in : index.incoming_relations[o]) {
    const Organisation& from = net.organisations[in.from_organisation];
    const Relation& rel = from.relations[in.relation];
    mustache::data item = organisation_link(r, page, from.id.value);
    item.set("relation", incoming_label(rel.kind.value));
    item.set("incoming", true);
    item.set("note", text_or(rel.note));
    relations.push_back(item);
  }
  d.set("relations", relations);
  d.set("has_relations", !relations.empty());

  mustache::list reached;
  for (const auto& ref : index.services_reached_via[o]) {
    if (ref.organisation == o) continue;
    reached.push_back(service_link(r, page, ref));
  }
  d.set("reached_services", reached);
  d.set("has_reached_services", !reached.empty());

  d.set("stewardship", stewardship_data(r, org.stewardship));
  d.set("map_html", embedded_html(r, page));

  PageSpec spec;
  spec.path = page;
  spec.title = org.name.value;
  spec.description = org.name.value + ": contactpersonen, aanbod en overleggen in het netwerk van " + net.site.region.value + ".";
  spec.body_template = "organisation";
  spec.body = std::move(d);
  spec.crumbs = {{"Home", "index.html"}, {"Organisaties", "organisaties/index.html"}, {org.name.value, ""}};
  spec.nav_section = "organisaties";
  spec.structured_data = structured_data(net, org);
  r.emit(std::move(spec), sink);
}

void organisations_index(const PageRenderer& r, OutputSink& sink) {
  const Network& net = r.network();
  const std::string page = "organisaties/index.html";
  if (!r.context().wants(page)) return;
  // Grouped by first letter, for a quick A-Z jump on a phone.
  std::vector<std::size_t> order(net.organisations.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<std::string> keys;
  for (const auto& org : net.organisations) keys.push_back(sort_key(org.name.value));
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
  mustache::list groups = letter_groups(order, keys, "organisations", [&](std::size_t o) {
    const Organisation& org = net.organisations[o];
    mustache::data item = organisation_link(r, page, org.id.value);
    auto kind = net.kind_index.find(org.kind.value);
    item.set("kind", kind == net.kind_index.end() ? std::string() : net.organisation_kinds[kind->second].name.value);
    item.set("area", area_text(net, org.area));
    item.set("second_ring", org.ring.value == Ring::second_ring);
    return item;
  });
  mustache::data d;
  d.set("groups", groups);
  d.set("count", std::to_string(net.organisations.size()));
  PageSpec spec;
  spec.path = page;
  spec.title = "Organisaties";
  spec.description = "Alle organisaties in het netwerk van " + net.site.region.value + ".";
  spec.body_template = "organisations";
  spec.body = std::move(d);
  spec.crumbs = {{"Home", "index.html"}, {"Organisaties", ""}};
  spec.nav_section = "organisaties";
  r.emit(std::move(spec), sink);
}

}  // namespace

void render_organisation_pages(const PageRenderer& r, const PageIndex& index, OutputSink& sink) {
  organisations_index(r, sink);
  parallel_for(r.network().organisations.size(), r.context().settings.threads,
               [&](std::size_t o) { organisation_page(r, index, o, sink); });
}

}  // namespace nk
