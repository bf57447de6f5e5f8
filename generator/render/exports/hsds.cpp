// data/hsds/: the published network as Open Referral HSDS 3.0 tables, one JSON file per
// table (an array of flat records with the HSDS field names, linked by *_id fields as in
// the HSDS tabular form), and datapackage.json listing them. docs/hsds.md has the
// mapping table; in short:
//
//   organisatie           -> organization (+ organization_identifier with the netwerkkaart id,
//                            location + address when it has an adres, phone for telefoon)
//   relaties onderdeel-van -> organization.parent_organization_id (the first one)
//   aanbod                -> service (+ service_area per gemeente of its werkgebied)
//   contactpersoon        -> contact (organization_id) + phone; the contact of an aanbod is
//                            repeated as a contact with service_id, as HSDS prescribes
//   specialismen, soorten, rollen, doelgroep
//                         -> taxonomy + taxonomy_term, linked by attribute
//                            (link_entity organization / service / contact)
//   beheer.gecontroleerd  -> service.assured_date
//
// Not in HSDS, so only in netwerkkaart.json: overleggen, trainingen, agenda, routes, other
// relaties, consultatie, ring, begrippen. A secret address keeps its city only (the
// published network has no street or postcode for it); address_1 and postal_code, required
// by HSDS, are then "", and the location says that the address is secret.
//
// Ids are UUIDs version 5 of "netwerkkaart:<kind>:<key>" (export_support.h), so they stay
// the same from build to build and between profiles.
#include "render/exports/exports.h"

#include <array>

#include "render/exports/export_support.h"
#include "render/site_paths.h"

namespace nk {

namespace {

using json = nlohmann::ordered_json;

struct Taxonomy {
  const char* key;   // in record names: "specialisme" -> netwerkkaart:specialisme:<code>
  const char* name;  // taxonomy.name and taxonomy_term.taxonomy
  const char* description;
};

constexpr Taxonomy specialisms_taxonomy{"specialisme", "netwerkkaart-specialismen",
                                        "Vormen van geweld en expertisegebieden (specialismen.yaml)"};
constexpr Taxonomy kinds_taxonomy{"soort", "netwerkkaart-soorten", "Soorten organisaties (soorten.yaml)"};
constexpr Taxonomy roles_taxonomy{"rol", "netwerkkaart-rollen", "Rollen van contactpersonen in het netwerk"};
constexpr Taxonomy audiences_taxonomy{"doelgroep", "netwerkkaart-doelgroepen", "Doelgroepen van aanbod"};

std::string term_uuid(const Taxonomy& t, const std::string& code) { return record_uuid(t.key, code); }
std::string taxonomy_uuid(const Taxonomy& t) { return record_uuid("taxonomie", t.name); }

std::string_view role_description(ContactRole role) {
  switch (role) {
    case ContactRole::focal_officer:
      return "Aandachtsfunctionaris huiselijk geweld en kindermishandeling: ondersteunt collega's bij de meldcode";
    case ContactRole::fixed_contact: return "Vast aanspreekpunt voor een of meer specialismen";
    case ContactRole::network_contact: return "Contactpersoon voor de netwerksamenwerking";
    case ContactRole::lived_experience: return "Ervaringsdeskundige";
  }
  return {};
}

// "+31 43 123 4567": international, and still readable. 112 and 14 0xx stay as they are.
std::string hsds_number(const PhoneNumber& p) {
  if (p.tel.rfind("+31", 0) != 0 || p.display.empty() || p.display[0] != '0') return p.display;
  std::string rest = p.display.substr(1);
  for (char& c : rest)
    if (c == '-') c = ' ';
  return "+31 " + rest;
}

class HsdsBuilder {
 public:
  explicit HsdsBuilder(const Network& net) : net_(net) {
    if (net.site.base_url) {
      base_ = net.site.base_url->value;
      if (!base_.empty() && base_.back() != '/') base_ += '/';
    }
  }

  void taxonomies() {
    for (const Taxonomy* t : {&specialisms_taxonomy, &kinds_taxonomy, &roles_taxonomy, &audiences_taxonomy})
      add_taxonomy(*t);
    for (const auto& s : net_.specialisms)
      add_term(specialisms_taxonomy, s.id.value, s.name.value, text_or_empty(s.description), s.parent);
    for (const auto& k : net_.organisation_kinds) add_term(kinds_taxonomy, k.id.value, k.name.value, "");
    for (const auto& r : names_of<ContactRole>())
      add_term(roles_taxonomy, std::string(r.dutch), std::string(r.dutch), role_description(r.value));
    for (const auto& a : names_of<Audience>()) add_term(audiences_taxonomy, std::string(a.dutch), std::string(a.dutch), "");
  }

  // One organisation with its identifier, place, phones, contacts, aanbod and links.
  void organisation(const Organisation& org) {
    const std::string& key = org.id.value;
    std::string id = record_uuid("organisatie", key);
    json j;
    j["id"] = id;
    j["name"] = org.name.value;
    if (org.abbreviation) j["alternate_name"] = org.abbreviation->value;
    j["description"] = text_or_empty(org.description);
    if (org.email) j["email"] = org.email->value;
    if (org.website) j["website"] = org.website->value;
    if (!base_.empty()) j["uri"] = base_ + entity_path(EntityKind::organisation, key);
    for (const auto& r : org.relations) {
      if (r.kind.value != RelationKind::part_of || !net_.organisation_index.contains(r.organisation.value)) continue;
      j["parent_organization_id"] = record_uuid("organisatie", r.organisation.value);
      break;
    }
    organization.push_back(std::move(j));
    organization_identifier.push_back(json{{"id", record_uuid("organisatie-id", key)},
                                           {"organization_id", id},
                                           {"identifier_type", "netwerkkaart"},
                                           {"identifier", key}});
    link("organization", key, id, kinds_taxonomy, org.kind.value);
    for (const auto& s : org.specialisms) link("organization", key, id, specialisms_taxonomy, s.value);
    if (org.phone) add_phone("organisatie/" + key, "organization_id", id, org.phone->value, org.availability);
    if (org.address) place(org, id);

    for (const auto& c : org.contacts) {
      std::string contact_key = key + "/" + c.id.value;
      std::string contact_id = record_uuid("contactpersoon", contact_key);
      add_contact(contact_id, "organization_id", id, c);
      if (c.phone) add_phone("contactpersoon/" + contact_key, "contact_id", contact_id, c.phone->value, c.availability);
      for (const auto& r : c.roles) link("contact", contact_key, contact_id, roles_taxonomy, std::string(dutch_name(r.value)));
      for (const auto& s : c.specialisms) link("contact", contact_key, contact_id, specialisms_taxonomy, s.value);
    }
    for (const auto& s : org.services) offer(org, id, s);
  }

  json organization = json::array(), organization_identifier = json::array(), service = json::array(),
       service_area = json::array(), contact = json::array(), phone = json::array(), location = json::array(),
       address = json::array(), taxonomy = json::array(), taxonomy_term = json::array(), attribute = json::array();

 private:
  const Network& net_;
  std::string base_;

  void add_taxonomy(const Taxonomy& t) {
    taxonomy.push_back(json{{"id", taxonomy_uuid(t)}, {"name", t.name}, {"description", t.description}});
  }
  void add_term(const Taxonomy& t, const std::string& code, const std::string& name, std::string_view description,
                const MaybeText& parent = std::nullopt) {
    json j;
    j["id"] = term_uuid(t, code);
    j["code"] = code;
    j["name"] = name;
    j["description"] = std::string(description);
    if (parent) j["parent_id"] = term_uuid(t, parent->value);
    j["taxonomy"] = t.name;
    j["taxonomy_id"] = taxonomy_uuid(t);
    j["language"] = "nl";
    taxonomy_term.push_back(std::move(j));
  }

  // entity: organization / service / contact; key: the record's netwerkkaart key.
  void link(const char* entity, const std::string& key, const std::string& link_id, const Taxonomy& t,
            const std::string& code) {
    json j;
    j["id"] = record_uuid("attribuut", std::string(entity) + "/" + key + "/" + t.key + "/" + code);
    j["link_id"] = link_id;
    j["link_type"] = t.key;
    j["link_entity"] = entity;
    j["taxonomy_term_id"] = term_uuid(t, code);
    attribute.push_back(std::move(j));
  }

  void add_phone(const std::string& key, const char* owner_field, const std::string& owner_id, const PhoneNumber& p,
                 const MaybeText& availability) {
    json j;
    j["id"] = record_uuid("telefoon", key);
    j[owner_field] = owner_id;
    j["number"] = hsds_number(p);
    j["type"] = p.display.rfind("06", 0) == 0 ? "cell" : "voice";
    if (availability) j["description"] = availability->value;
    phone.push_back(std::move(j));
  }

  // A contact record; with service_id when it is the contact of an aanbod.
  void add_contact(const std::string& id, const char* owner_field, const std::string& owner_id, const Contact& c) {
    json j;
    j["id"] = id;
    j[owner_field] = owner_id;
    j["name"] = c.name.value;
    if (c.function) j["title"] = c.function->value;
    if (c.email) j["email"] = c.email->value;
    contact.push_back(std::move(j));
  }

  void place(const Organisation& org, const std::string& organization_id) {
    const Address& a = *org.address;
    if (!a.street && !a.postcode && !a.place) return;
    std::string location_id = record_uuid("locatie", org.id.value);
    json l;
    l["id"] = location_id;
    l["location_type"] = "physical";
    l["organization_id"] = organization_id;
    l["name"] = org.name.value;
    if (a.is_secret()) l["description"] = "Geheim adres: alleen de plaats wordt gepubliceerd.";
    location.push_back(std::move(l));
    json x;
    x["id"] = record_uuid("adres", org.id.value);
    x["location_id"] = location_id;
    x["address_1"] = text_or_empty(a.street);
    x["city"] = text_or_empty(a.place);
    x["region"] = net_.site.region.value;
    x["state_province"] = "";
    x["postal_code"] = text_or_empty(a.postcode);
    x["country"] = "NL";
    x["address_type"] = "physical";
    address.push_back(std::move(x));
  }

  std::string access_text(const Service& s) {
    std::vector<std::string> lines;
    for (const auto& a : s.access) {
      std::string line;
      switch (a.route.value) {
        case AccessKind::self_referral: line = "Zelfmelding"; break;
        case AccessKind::referral: line = "Verwijzing"; break;
        case AccessKind::consultation: line = "Consultatie"; break;
        case AccessKind::via_meeting: line = "Via overleg"; break;
      }
      if (!a.via_organisations.empty()) {
        line += " door ";
        for (std::size_t i = 0; i < a.via_organisations.size(); ++i) {
          if (i) line += ", ";
          const std::string& ref = a.via_organisations[i].value;
          auto it = net_.organisation_index.find(ref);
          line += it == net_.organisation_index.end() ? ref : net_.organisations[it->second].name.value;
        }
      }
      if (a.meeting) {
        auto it = net_.meeting_index.find(a.meeting->value);
        std::string name = it == net_.meeting_index.end() ? a.meeting->value : net_.meetings[it->second].name.value;
        line += (a.route.value == AccessKind::via_meeting ? " " : " via overleg ") + name;
      }
      if (a.note) line += ": " + a.note->value;
      lines.push_back(line + (line.ends_with('.') ? "" : "."));
    }
    if (s.waiting_time) lines.push_back("Wachttijd: " + s.waiting_time->value);
    std::string out;
    for (const auto& l : lines) out += (out.empty() ? "" : "\n") + l;
    return out;
  }

  void offer(const Organisation& org, const std::string& organization_id, const Service& s) {
    const std::string& key = s.id.value;
    std::string id = record_uuid("aanbod", key);
    json j;
    j["id"] = id;
    j["organization_id"] = organization_id;
    j["name"] = s.name.value;
    j["description"] = text_or_empty(s.description);
    if (s.website) j["url"] = s.website->value;
    if (org.email) j["email"] = org.email->value;
    j["status"] = "active";
    std::string process = access_text(s);
    if (!process.empty()) j["application_process"] = process;
    if (s.costs) j["fees_description"] = s.costs->value;
    if (!s.audiences.empty()) {
      std::string audiences;
      for (const auto& a : s.audiences) audiences += (audiences.empty() ? "" : ", ") + std::string(dutch_name(a.value));
      j["eligibility_description"] = audiences;
    }
    j["assured_date"] = iso_date(org.stewardship.verified.value);
    service.push_back(std::move(j));

    for (const auto& sp : s.specialisms) link("service", key, id, specialisms_taxonomy, sp.value);
    for (const auto& a : s.audiences) link("service", key, id, audiences_taxonomy, std::string(dutch_name(a.value)));
    if (s.area.whole_region) {
      service_area.push_back(json{{"id", record_uuid("werkgebied", key + "/regio")},
                                  {"service_id", id},
                                  {"name", net_.site.region.value},
                                  {"description", "De hele regio " + net_.site.region.value}});
    } else {
      for (const auto& m : s.area.municipalities) {
        auto it = net_.municipality_index.find(m.value);
        std::string name = it == net_.municipality_index.end() ? m.value : net_.municipalities[it->second].name.value;
        service_area.push_back(
            json{{"id", record_uuid("werkgebied", key + "/" + m.value)}, {"service_id", id}, {"name", name}});
      }
    }
    // The publish stage has already dropped a contact the profile does not publish.
    if (s.contact) {
      for (const auto& c : org.contacts) {
        if (c.id.value != s.contact->value) continue;
        std::string contact_id = record_uuid("aanbod-contact", key);
        add_contact(contact_id, "service_id", id, c);
        if (c.phone) add_phone("aanbod-contact/" + key, "contact_id", contact_id, c.phone->value, c.availability);
      }
    }
  }
};

struct Table {
  const char* name;
  json HsdsBuilder::*rows;
  const char* description;
};

constexpr Table tables[] = {
    {"organization", &HsdsBuilder::organization, "Organisaties"},
    {"organization_identifier", &HsdsBuilder::organization_identifier, "De netwerkkaart-id van elke organisatie"},
    {"service", &HsdsBuilder::service, "Aanbod (hulpaanbod, interventies, opvang, consultatie, preventie, voorlichting)"},
    {"service_area", &HsdsBuilder::service_area, "Werkgebied van het aanbod, per gemeente of de hele regio"},
    {"contact", &HsdsBuilder::contact, "Contactpersonen die het profiel publiceert, en de contactpersoon van aanbod"},
    {"phone", &HsdsBuilder::phone, "Telefoonnummers van organisaties en contactpersonen"},
    {"location", &HsdsBuilder::location, "Vestigingen; bij een geheim adres alleen de plaats"},
    {"address", &HsdsBuilder::address, "Adressen van de vestigingen, zonder straat en postcode als het adres geheim is"},
    {"taxonomy", &HsdsBuilder::taxonomy, "De woordenlijsten: specialismen, soorten, rollen, doelgroepen"},
    {"taxonomy_term", &HsdsBuilder::taxonomy_term, "De termen van die woordenlijsten"},
    {"attribute", &HsdsBuilder::attribute, "Koppelingen van organisaties, aanbod en contactpersonen aan termen"},
};

constexpr std::size_t table_count = sizeof tables / sizeof tables[0];
using Printed = std::array<std::string, table_count>;  // records of each table, printed

Printed print(const HsdsBuilder& builder) {
  Printed out;
  for (std::size_t t = 0; t < table_count; ++t) {
    const json& rows = builder.*(tables[t].rows);
    for (std::size_t i = 0; i < rows.size(); ++i) {
      out[t] += i ? ",\n  " : "  ";
      out[t] += json_bytes_at(rows[i], 1);
    }
  }
  return out;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> hsds_files(const Network& net, unsigned threads) {
  // Piece 0 holds the taxonomies, piece 1 + i organisation i with everything under it. Each
  // is built and printed on its own (in parallel); the tables join them in that order.
  std::size_t count = net.organisations.size() + 1;
  std::vector<Printed> pieces(count);
  parallel_for(count, threads, [&](std::size_t k) {
    HsdsBuilder builder(net);
    if (k == 0) builder.taxonomies();
    else builder.organisation(net.organisations[k - 1]);
    pieces[k] = print(builder);
  });
  std::vector<std::pair<std::string, std::string>> files;
  for (std::size_t t = 0; t < table_count; ++t) {
    std::size_t size = 8;
    for (const auto& p : pieces) size += p[t].size() + 2;
    std::string bytes;
    bytes.reserve(size);
    for (const auto& p : pieces) {
      if (p[t].empty()) continue;
      bytes += bytes.empty() ? "[\n" : ",\n";
      bytes += p[t];
    }
    bytes += bytes.empty() ? "[]\n" : "\n]\n";
    files.emplace_back(tables[t].name, std::move(bytes));
  }
  return files;
}

std::vector<std::pair<std::string, nlohmann::ordered_json>> hsds_tables(const Network& net) {
  std::vector<std::pair<std::string, json>> out;
  for (auto& [name, bytes] : hsds_files(net, 1)) out.emplace_back(name, json::parse(bytes));
  return out;
}

void render_hsds(const RenderContext& context, OutputSink& sink) {
  const Network& net = context.network;
  json package;
  package["profile"] = "data-package";
  package["name"] = "netwerkkaart-hsds";
  package["title"] = net.site.title.value + " (HSDS 3.0)";
  package["description"] =
      "De gegevens van de netwerkkaart die het profiel publiceert, als tabellen van de Human Services Data "
      "Specification (Open Referral HSDS 3.0). Alles, ook overleggen, trainingen en agenda, staat in "
      "../netwerkkaart.json.";
  if (net.site.base_url) package["homepage"] = net.site.base_url->value;
  package["keywords"] = json::array({"hsds", "open-referral", "huiselijk-geweld", "kindermishandeling"});
  package["profiel"] = std::string(profile_name(context.settings.profile));
  package["gegenereerd_op"] = iso_date(context.settings.today);
  json resources = json::array();
  for (auto& [name, bytes] : hsds_files(net, context.settings.threads)) {
    std::string path = name + ".json";
    json r;
    r["name"] = name;
    r["path"] = path;
    r["profile"] = "data-resource";
    r["format"] = "json";
    r["mediatype"] = "application/json";
    r["encoding"] = "utf-8";
    for (const auto& t : tables)
      if (name == t.name) r["description"] = t.description;
    resources.push_back(std::move(r));
    sink.add("data/hsds/" + path, std::move(bytes));
  }
  package["resources"] = std::move(resources);
  sink.add("data/hsds/datapackage.json", json_bytes(package));
}

}  // namespace nk
