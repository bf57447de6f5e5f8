// data/netwerkkaart.schema.json: a JSON Schema (draft 2020-12) that describes
// data/netwerkkaart.json exactly. It is built here, in code, so that the closed
// vocabularies come from enums.h (names_of<E>) and can never drift from the loader.
// Every object is closed (additionalProperties: false) and names its required keys:
// lists are always there, scalars only when the data has them.
//
// Keywords used: $schema, $id, $defs, $ref, title, description, type, enum, const,
// pattern, maxLength, minimum, maximum, properties, required, additionalProperties,
// items, anyOf. The unit test (netwerkkaart_json_test.cpp) validates with exactly these.
#include "render/exports/exports.h"

#include "render/exports/export_support.h"

namespace nk {

namespace {

using json = nlohmann::ordered_json;

struct Field {
  const char* name;
  json schema;
  bool required = false;
};

json object(const std::vector<Field>& fields, const char* description = nullptr) {
  json j;
  j["type"] = "object";
  if (description) j["description"] = description;
  json properties = json::object();
  json required = json::array();
  for (const auto& f : fields) {
    properties[f.name] = f.schema;
    if (f.required) required.push_back(f.name);
  }
  j["properties"] = std::move(properties);
  j["required"] = std::move(required);
  j["additionalProperties"] = false;
  return j;
}

json ref(const char* name) { return json{{"$ref", std::string("#/$defs/") + name}}; }
json text(const char* description = nullptr) {
  json j{{"type", "string"}};
  if (description) j["description"] = description;
  return j;
}
json markdown() { return text("Markdown (GFM), zoals in de bron"); }
json boolean() { return json{{"type", "boolean"}}; }
json array_of(json items) { return json{{"type", "array"}, {"items", std::move(items)}}; }
json integer(int min, int max) { return json{{"type", "integer"}, {"minimum", min}, {"maximum", max}}; }

template <class E>
json vocabulary() {
  json values = json::array();
  for (const auto& n : names_of<E>()) values.push_back(std::string(n.dutch));
  return json{{"type", "string"}, {"enum", std::move(values)}};
}

json definitions() {
  json defs;
  defs["id"] = json{{"type", "string"}, {"pattern", "^[a-z0-9]+(-[a-z0-9]+)*$"}, {"maxLength", 80}};
  defs["ids"] = array_of(ref("id"));
  defs["datum"] = json{{"type", "string"}, {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}};
  defs["tijdstip"] = json{{"type", "string"},
                          {"description", "lokale tijd (tijdzone), YYYY-MM-DDTHH:MM"},
                          {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}$"}};
  defs["telefoon"] = object({{"weergave", text("zoals op de site: 043 123 4567"), true},
                             {"tel", json{{"type", "string"},
                                          {"description", "voor tel:-links: +31431234567 (112 en 14 0xx blijven kort)"},
                                          {"pattern", "^\\+?[0-9]+$"}},
                              true}});
  defs["werkgebied"] = json{{"description", "\"regio\" (alle gemeenten van de regio) of een lijst gemeente-ids"},
                            {"anyOf", json::array({json{{"const", "regio"}}, ref("ids")})}};
  defs["beheer"] = object({{"gecontroleerd", ref("datum"), true}});
  defs["doelgroep"] = array_of(vocabulary<Audience>());

  defs["contactpersoon"] = object({
      {"id", ref("id"), true},
      {"naam", text(), true},
      {"functie", text()},
      {"rollen", array_of(vocabulary<ContactRole>()), true},
      {"specialismen", ref("ids"), true},
      {"email", text()},
      {"telefoon", ref("telefoon")},
      {"bereikbaarheid", text()},
      {"af_training", ref("datum")},
      {"basiskennis", array_of(vocabulary<BasicKnowledge>()), true},
      {"erkend", boolean()},
      {"publicatie", vocabulary<Publication>(), true},
  });
  defs["toegang"] = object({
      {"route", vocabulary<AccessKind>(), true},
      {"door", ref("ids"), true},
      {"overleg", ref("id")},
      {"toelichting", text()},
  });
  defs["aanbod"] = object({
      {"id", ref("id"), true},
      {"naam", text(), true},
      {"soort", vocabulary<ServiceKind>()},
      {"omschrijving", markdown()},
      {"specialismen", ref("ids"), true},
      {"doelgroep", ref("doelgroep"), true},
      {"zwaarte", array_of(vocabulary<Intensity>()), true},
      {"toegang", array_of(ref("toegang")), true},
      {"wachttijd", text()},
      {"kosten", text()},
      {"werkgebied", ref("werkgebied"), true},
      {"website", text()},
      {"contact", ref("id")},
  });
  defs["organisatie"] = object({
      {"id", ref("id"), true},
      {"naam", text(), true},
      {"afkorting", text()},
      {"soort", ref("id"), true},
      {"ring", vocabulary<Ring>(), true},
      {"omschrijving", markdown()},
      {"website", text()},
      {"email", text()},
      {"telefoon", ref("telefoon")},
      {"bereikbaarheid", text()},
      {"adres", json{{"description", "een geheim adres (geheim: true) heeft nooit straat of postcode"},
                     {"anyOf", json::array({object({{"straat", text()},
                                                    {"postcode", text()},
                                                    {"plaats", text()},
                                                    {"geheim", json{{"const", false}}, true}}),
                                            object({{"plaats", text()}, {"geheim", json{{"const", true}}, true}})})}}},
      {"werkgebied", ref("werkgebied"), true},
      {"specialismen", ref("ids"), true},
      {"consultatie", markdown()},
      {"intentieverklaring", ref("datum")},
      {"meldcodeprotocol", boolean()},
      {"relaties", array_of(object({{"organisatie", ref("id"), true},
                                    {"soort", vocabulary<RelationKind>(), true},
                                    {"toelichting", text()}})),
       true},
      {"contactpersonen", array_of(ref("contactpersoon")), true},
      {"aanbod", array_of(ref("aanbod")), true},
      {"beheer", ref("beheer"), true},
  });
  defs["overleg"] = object({
      {"id", ref("id"), true},
      {"naam", text(), true},
      {"afkorting", text()},
      {"soort", vocabulary<MeetingKind>()},
      {"niveau", vocabulary<Level>()},
      {"werkgebied", ref("werkgebied"), true},
      {"specialismen", ref("ids"), true},
      {"doel", markdown()},
      {"aanmeldcriteria", markdown()},
      {"aanmelden", object({{"organisatie", ref("id")}, {"contact", ref("id")}, {"email", text()}, {"website", text()}})},
      {"voorzitter", ref("id")},
      {"deelnemers", ref("ids"), true},
      {"frequentie", text()},
      {"opschaling", object({{"laag", integer(1, 5), true}, {"escaleert_naar", ref("ids"), true}})},
      {"beheer", ref("beheer"), true},
  });
  defs["training"] = object({
      {"id", ref("id"), true},
      {"naam", text(), true},
      {"aanbieder", ref("id")},
      {"omschrijving", markdown()},
      {"doelgroep", ref("doelgroep"), true},
      {"specialismen", ref("ids"), true},
      {"kosten", json{{"type", "number"}, {"minimum", 0}, {"description", "euro; 0 = gratis"}}},
      {"accreditatie", text()},
      {"aanmelden", text("link of e-mailadres")},
      {"open_voor_externen", boolean()},
      {"sessies", array_of(object({{"start", ref("tijdstip"), true},
                                   {"eind", ref("tijdstip"), true},
                                   {"locatie", text()},
                                   {"online", boolean()},
                                   {"plaatsen", json{{"type", "integer"}, {"minimum", 0}}},
                                   {"status", vocabulary<SessionStatus>(), true}})),
       true},
      {"beheer", ref("beheer"), true},
  });
  json nth_values = json::array({1, 2, 3, 4, "laatste"});
  defs["agendapunt"] = object({
      {"id", ref("id"), true},
      {"naam", text(), true},
      {"soort", vocabulary<AgendaKind>()},
      {"omschrijving", markdown()},
      {"specialismen", ref("ids"), true},
      {"trekker", ref("id")},
      {"werkgroep", text()},
      {"doelgroep", ref("doelgroep"), true},
      {"acties", markdown()},
      {"materialen", array_of(object({{"titel", text(), true}, {"url", text(), true}})), true},
      {"datums", array_of(object({{"van", ref("datum"), true}, {"tot", ref("datum")}})), true},
      {"jaarlijks", object({{"maand", integer(1, 12), true},
                            {"dag", integer(1, 31)},
                            {"weekdag", vocabulary<Weekday>()},
                            {"nummer", json{{"enum", nth_values}}}})},
      {"duur_dagen", integer(1, 366)},
      {"beheer", ref("beheer"), true},
  });
  defs["route"] = object({
      {"id", ref("id"), true},
      {"naam", text(), true},
      {"omschrijving", markdown()},
      {"stappen", array_of(object({{"id", ref("id"), true},
                                   {"titel", text(), true},
                                   {"uitleg", markdown()},
                                   {"wie", ref("ids"), true},
                                   {"volgende", array_of(object({{"stap", ref("id"), true}, {"als", text()}})), true}})),
       true},
      {"beheer", ref("beheer"), true},
  });
  return defs;
}

}  // namespace

nlohmann::ordered_json netwerkkaart_schema() {
  json body = object({
      {"$schema", json{{"const", "netwerkkaart.schema.json"}}, true},
      {"profiel",
       json{{"type", "string"},
            {"enum", json::array({std::string(profile_name(Profile::professionals)), std::string(profile_name(Profile::open))})}},
       true},
      {"gegenereerd_op", ref("datum"), true},
      {"tijdzone", json{{"const", "Europe/Amsterdam"}}, true},
      {"site", object({{"titel", text(), true},
                       {"regio", text(), true},
                       {"basis_url", text()},
                       {"beheer", object({{"naam", text()}, {"email", text()}})},
                       {"veilig_thuis", ref("id")},
                       {"verouderd_na_maanden", json{{"type", "integer"}, {"minimum", 1}}, true}}),
       true},
      {"gemeenten", array_of(object({{"id", ref("id"), true},
                                     {"naam", text(), true},
                                     {"centrumgemeente", boolean()},
                                     {"subregio", text()}})),
       true},
      {"soorten", array_of(object({{"id", ref("id"), true}, {"naam", text(), true}})), true},
      {"specialismen", array_of(object({{"id", ref("id"), true},
                                        {"naam", text(), true},
                                        {"omschrijving", markdown()},
                                        {"valt_onder", ref("id")},
                                        {"synoniemen", array_of(text()), true}})),
       true},
      {"begrippen", array_of(object({{"id", ref("id"), true},
                                     {"term", text(), true},
                                     {"afkorting", text()},
                                     {"uitleg", markdown()},
                                     {"zie_ook", ref("ids"), true}})),
       true},
      {"organisaties", array_of(ref("organisatie")), true},
      {"overleggen", array_of(ref("overleg")), true},
      {"trainingen", array_of(ref("training")), true},
      {"agenda", array_of(ref("agendapunt")), true},
      {"routes", array_of(ref("route")), true},
  });
  json schema;
  schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
  schema["title"] = "Netwerkkaart: open data van een profiel";
  schema["description"] =
      "Alles wat het profiel publiceert (data/netwerkkaart.json), met de Nederlandse sleutels van de "
      "gegevensbestanden. Ontbrekende waarden ontbreken als sleutel; lijsten zijn er altijd.";
  for (auto& [key, value] : body.items()) schema[key] = value;
  schema["$defs"] = definitions();
  return schema;
}

void render_netwerkkaart_schema(const RenderContext&, OutputSink& sink) {
  sink.add("data/netwerkkaart.schema.json", json_bytes(netwerkkaart_schema()));
}

}  // namespace nk
