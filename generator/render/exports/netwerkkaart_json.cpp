// data/netwerkkaart.json: everything the profile publishes, as one JSON document with
// the Dutch keys of data.md, so partners recognise their own files in it. The shape is
// described exactly by data/netwerkkaart.schema.json (netwerkkaart_schema.cpp):
// - a key whose value is absent in the data is left out; lists are always present;
// - Markdown fields stay Markdown text; phone numbers are {weergave, tel};
// - dates are "YYYY-MM-DD", session times "YYYY-MM-DDTHH:MM" in local time (tijdzone);
// - werkgebied is "regio" or a list of gemeente ids, as in the data;
// - source positions, toestemming (the consent date) and beheer.contact are not exported:
//   the first is no data, the other two are administration about persons, and
//   beheer.contact may name someone who is not a published contact.
#include "render/exports/exports.h"

#include <functional>

#include "render/exports/export_support.h"

namespace nk {

namespace {

using json = nlohmann::ordered_json;

void put(json& j, const char* key, const MaybeText& value) {
  if (value) j[key] = value->value;
}
void put(json& j, const char* key, const Maybe<Markdown>& value) {
  if (value) j[key] = value->value.text;
}
void put(json& j, const char* key, const Maybe<bool>& value) {
  if (value) j[key] = value->value;
}
void put(json& j, const char* key, const Maybe<int>& value) {
  if (value) j[key] = value->value;
}
void put(json& j, const char* key, const Maybe<Date>& value) {
  if (value) j[key] = iso_date(value->value);
}
void put(json& j, const char* key, const Maybe<PhoneNumber>& value) {
  if (value) j[key] = json{{"weergave", value->value.display}, {"tel", value->value.tel}};
}
template <class E>
void put(json& j, const char* key, const Maybe<E>& value)
  requires std::is_enum_v<E>
{
  if (value) j[key] = std::string(dutch_name(value->value));
}

json ids(const std::vector<IdRef>& refs) {
  json out = json::array();
  for (const auto& r : refs) out.push_back(r.value);
  return out;
}

template <class E>
json names(const std::vector<Located<E>>& values) {
  json out = json::array();
  for (const auto& v : values) out.push_back(std::string(dutch_name(v.value)));
  return out;
}

json area(const ServiceArea& a) {
  if (a.whole_region) return "regio";
  return ids(a.municipalities);
}

json stewardship(const Stewardship& s) { return json{{"gecontroleerd", iso_date(s.verified.value)}}; }

json site_json(const Site& s) {
  json j;
  j["titel"] = s.title.value;
  j["regio"] = s.region.value;
  put(j, "basis_url", s.base_url);
  if (s.maintainer_name || s.maintainer_email) {
    json b = json::object();
    put(b, "naam", s.maintainer_name);
    put(b, "email", s.maintainer_email);
    j["beheer"] = std::move(b);
  }
  put(j, "veilig_thuis", s.veilig_thuis);
  j["verouderd_na_maanden"] = s.stale_after_months.value;
  return j;
}

json contact_json(const Contact& c) {
  json j;
  j["id"] = c.id.value;
  j["naam"] = c.name.value;
  put(j, "functie", c.function);
  j["rollen"] = names(c.roles);
  j["specialismen"] = ids(c.specialisms);
  put(j, "email", c.email);
  put(j, "telefoon", c.phone);
  put(j, "bereikbaarheid", c.availability);
  put(j, "af_training", c.focal_training);
  j["basiskennis"] = names(c.basic_knowledge);
  put(j, "erkend", c.recognised);
  j["publicatie"] = std::string(dutch_name(c.publication.value));
  return j;
}

json service_json(const Service& s) {
  json j;
  j["id"] = s.id.value;
  j["naam"] = s.name.value;
  put(j, "soort", s.kind);
  put(j, "omschrijving", s.description);
  j["specialismen"] = ids(s.specialisms);
  j["doelgroep"] = names(s.audiences);
  j["zwaarte"] = names(s.intensities);
  json access = json::array();
  for (const auto& a : s.access) {
    json r;
    r["route"] = std::string(dutch_name(a.route.value));
    r["door"] = ids(a.via_organisations);
    put(r, "overleg", a.meeting);
    put(r, "toelichting", a.note);
    access.push_back(std::move(r));
  }
  j["toegang"] = std::move(access);
  put(j, "wachttijd", s.waiting_time);
  put(j, "kosten", s.costs);
  j["werkgebied"] = area(s.area);
  put(j, "website", s.website);
  put(j, "contact", s.contact);
  return j;
}

json organisation_json(const Organisation& o) {
  json j;
  j["id"] = o.id.value;
  j["naam"] = o.name.value;
  put(j, "afkorting", o.abbreviation);
  j["soort"] = o.kind.value;
  j["ring"] = std::string(dutch_name(o.ring.value));
  put(j, "omschrijving", o.description);
  put(j, "website", o.website);
  put(j, "email", o.email);
  put(j, "telefoon", o.phone);
  put(j, "bereikbaarheid", o.availability);
  if (o.address) {
    // The published network has no street or postcode of a secret address any more;
    // nothing here looks at the unpublished one.
    json a = json::object();
    put(a, "straat", o.address->street);
    put(a, "postcode", o.address->postcode);
    put(a, "plaats", o.address->place);
    a["geheim"] = o.address->is_secret();
    j["adres"] = std::move(a);
  }
  j["werkgebied"] = area(o.area);
  j["specialismen"] = ids(o.specialisms);
  put(j, "consultatie", o.consultation);
  put(j, "intentieverklaring", o.declaration_signed);
  put(j, "meldcodeprotocol", o.reporting_protocol);
  json relations = json::array();
  for (const auto& r : o.relations) {
    json x;
    x["organisatie"] = r.organisation.value;
    x["soort"] = std::string(dutch_name(r.kind.value));
    put(x, "toelichting", r.note);
    relations.push_back(std::move(x));
  }
  j["relaties"] = std::move(relations);
  json contacts = json::array();
  for (const auto& c : o.contacts) contacts.push_back(contact_json(c));
  j["contactpersonen"] = std::move(contacts);
  json services = json::array();
  for (const auto& s : o.services) services.push_back(service_json(s));
  j["aanbod"] = std::move(services);
  j["beheer"] = stewardship(o.stewardship);
  return j;
}

json meeting_json(const Meeting& m) {
  json j;
  j["id"] = m.id.value;
  j["naam"] = m.name.value;
  put(j, "afkorting", m.abbreviation);
  put(j, "soort", m.kind);
  put(j, "niveau", m.level);
  j["werkgebied"] = area(m.area);
  j["specialismen"] = ids(m.specialisms);
  put(j, "doel", m.purpose);
  put(j, "aanmeldcriteria", m.criteria);
  if (m.registration) {
    json r = json::object();
    put(r, "organisatie", m.registration->organisation);
    put(r, "contact", m.registration->contact);
    put(r, "email", m.registration->email);
    put(r, "website", m.registration->website);
    j["aanmelden"] = std::move(r);
  }
  put(j, "voorzitter", m.chair);
  j["deelnemers"] = ids(m.participants);
  put(j, "frequentie", m.frequency);
  if (m.escalation) {
    j["opschaling"] = json{{"laag", m.escalation->layer.value}, {"escaleert_naar", ids(m.escalation->escalates_to)}};
  }
  j["beheer"] = stewardship(m.stewardship);
  return j;
}

json training_json(const Training& t) {
  json j;
  j["id"] = t.id.value;
  j["naam"] = t.name.value;
  put(j, "aanbieder", t.provider);
  put(j, "omschrijving", t.description);
  j["doelgroep"] = names(t.audiences);
  j["specialismen"] = ids(t.specialisms);
  // Euro as a JSON number: cents / 100 prints as the shortest exact form (49.5, 395.0).
  if (t.costs) j["kosten"] = static_cast<double>(t.costs->value.cents) / 100.0;
  put(j, "accreditatie", t.accreditation);
  put(j, "aanmelden", t.registration);
  put(j, "open_voor_externen", t.open_to_external);
  json sessions = json::array();
  for (const auto& s : t.sessions) {
    json x;
    x["start"] = iso_datetime(s.start.value);
    x["eind"] = iso_datetime(s.end.value);
    put(x, "locatie", s.location);
    put(x, "online", s.online);
    put(x, "plaatsen", s.seats);
    x["status"] = std::string(dutch_name(s.status.value));
    sessions.push_back(std::move(x));
  }
  j["sessies"] = std::move(sessions);
  j["beheer"] = stewardship(t.stewardship);
  return j;
}

json agenda_json(const AgendaItem& a) {
  json j;
  j["id"] = a.id.value;
  j["naam"] = a.name.value;
  put(j, "soort", a.kind);
  put(j, "omschrijving", a.description);
  j["specialismen"] = ids(a.specialisms);
  put(j, "trekker", a.lead_organisation);
  put(j, "werkgroep", a.working_group);
  j["doelgroep"] = names(a.audiences);
  put(j, "acties", a.actions);
  json materials = json::array();
  for (const auto& m : a.materials) materials.push_back(json{{"titel", m.title.value}, {"url", m.url.value}});
  j["materialen"] = std::move(materials);
  json dates = json::array();
  for (const auto& d : a.dates) {
    json x;
    x["van"] = iso_date(d.from.value);
    put(x, "tot", d.to);
    dates.push_back(std::move(x));
  }
  j["datums"] = std::move(dates);
  if (a.yearly) {
    json y;
    y["maand"] = a.yearly->month.value;
    put(y, "dag", a.yearly->day);
    put(y, "weekdag", a.yearly->weekday);
    if (a.yearly->nth) {
      if (a.yearly->nth->value < 0) y["nummer"] = "laatste";
      else y["nummer"] = a.yearly->nth->value;
    }
    j["jaarlijks"] = std::move(y);
  }
  put(j, "duur_dagen", a.duration_days);
  j["beheer"] = stewardship(a.stewardship);
  return j;
}

json route_json(const Route& r) {
  json j;
  j["id"] = r.id.value;
  j["naam"] = r.name.value;
  put(j, "omschrijving", r.description);
  json steps = json::array();
  for (const auto& s : r.steps) {
    json x;
    x["id"] = s.id.value;
    x["titel"] = s.title.value;
    put(x, "uitleg", s.explanation);
    x["wie"] = ids(s.who);
    json next = json::array();
    for (const auto& n : s.next) {
      json y;
      y["stap"] = n.step.value;
      put(y, "als", n.condition);
      next.push_back(std::move(y));
    }
    x["volgende"] = std::move(next);
    steps.push_back(std::move(x));
  }
  j["stappen"] = std::move(steps);
  j["beheer"] = stewardship(r.stewardship);
  return j;
}

json municipality_json(const Municipality& m) {
  json j;
  j["id"] = m.id.value;
  j["naam"] = m.name.value;
  put(j, "centrumgemeente", m.centre);
  put(j, "subregio", m.subregion);
  return j;
}

json specialism_json(const Specialism& s) {
  json j;
  j["id"] = s.id.value;
  j["naam"] = s.name.value;
  put(j, "omschrijving", s.description);
  put(j, "valt_onder", s.parent);
  json synonyms = json::array();
  for (const auto& x : s.synonyms) synonyms.push_back(x.value);
  j["synoniemen"] = std::move(synonyms);
  return j;
}

json term_json(const Term& t) {
  json j;
  j["id"] = t.id.value;
  j["term"] = t.term.value;
  put(j, "afkorting", t.abbreviation);
  put(j, "uitleg", t.explanation);
  j["zie_ook"] = ids(t.see_also);
  return j;
}

// The document as a list of top-level keys: a value, or a list whose items are made one
// by one, so that a national data set is printed in pieces (and in parallel) instead of
// being built as one tree first.
struct Part {
  const char* key;
  json value;
  std::size_t count = 0;
  std::function<json(std::size_t)> item;  // set for a list
};

template <class T, class F>
Part list(const char* key, const std::vector<T>& items, F make) {
  return Part{key, json(), items.size(), [&items, make](std::size_t i) { return make(items[i]); }};
}

std::vector<Part> document_parts(const Network& net, const BuildSettings& settings) {
  std::vector<Part> parts;
  auto value = [&](const char* key, json v) { parts.push_back(Part{key, std::move(v), 0, nullptr}); };
  value("$schema", "netwerkkaart.schema.json");
  value("profiel", std::string(profile_name(settings.profile)));
  value("gegenereerd_op", iso_date(settings.today));
  value("tijdzone", "Europe/Amsterdam");
  value("site", site_json(net.site));
  parts.push_back(list("gemeenten", net.municipalities, municipality_json));
  parts.push_back(list("soorten", net.organisation_kinds,
                       [](const OrganisationKind& k) { return json{{"id", k.id.value}, {"naam", k.name.value}}; }));
  parts.push_back(list("specialismen", net.specialisms, specialism_json));
  parts.push_back(list("begrippen", net.terms, term_json));
  parts.push_back(list("organisaties", net.organisations, organisation_json));
  parts.push_back(list("overleggen", net.meetings, meeting_json));
  parts.push_back(list("trainingen", net.trainings, training_json));
  parts.push_back(list("agenda", net.agenda, agenda_json));
  parts.push_back(list("routes", net.routes, route_json));
  return parts;
}

}  // namespace

nlohmann::ordered_json netwerkkaart_document(const Network& net, const BuildSettings& settings) {
  json doc;
  for (auto& part : document_parts(net, settings)) {
    if (!part.item) {
      doc[part.key] = std::move(part.value);
      continue;
    }
    json items = json::array();
    for (std::size_t i = 0; i < part.count; ++i) items.push_back(part.item(i));
    doc[part.key] = std::move(items);
  }
  return doc;
}

std::string netwerkkaart_json_bytes(const Network& net, const BuildSettings& settings) {
  std::string out = "{\n";
  bool first = true;
  for (auto& part : document_parts(net, settings)) {
    out += first ? "  " : ",\n  ";
    first = false;
    out += json(part.key).dump() + ": ";
    if (!part.item) {
      out += json_bytes_at(part.value, 1);
      continue;
    }
    std::vector<std::string> items(part.count);
    parallel_for(part.count, settings.threads, [&](std::size_t i) { items[i] = json_bytes_at(part.item(i), 2); });
    out += json_array_bytes(items, 1);
  }
  out += "\n}\n";
  return out;
}

void render_netwerkkaart_json(const RenderContext& context, OutputSink& sink) {
  sink.add("data/netwerkkaart.json", netwerkkaart_json_bytes(context.network, context.settings));
}

}  // namespace nk
