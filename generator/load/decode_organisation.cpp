#include "load/decoders.h"

namespace nk {

namespace {

Address decode_address(const YamlNode& node, DecodeContext& ctx) {
  Address a;
  a.at = node.at;
  MappingReader r(node, "adres", ctx);
  if (!r.ok()) return a;
  a.street = r.text("straat");
  a.postcode = r.text("postcode");
  a.place = r.text("plaats");
  a.secret = r.boolean("geheim");
  return a;
}

std::optional<Relation> decode_relation(const YamlNode& node, DecodeContext& ctx) {
  MappingReader r(node, "relatie", ctx);
  if (!r.ok()) return std::nullopt;
  Relation rel;
  rel.at = r.at();
  rel.organisation = r.required_text("organisatie");
  r.require("soort");
  auto kind = r.choice<RelationKind>("soort");
  rel.note = r.text("toelichting");
  if (!kind || rel.organisation.value.empty()) return std::nullopt;
  rel.kind = *kind;
  return rel;
}

Contact decode_contact(const YamlNode& node, DecodeContext& ctx) {
  Contact c;
  MappingReader r(node, "contactpersoon", ctx);
  c.at = r.at();
  if (!r.ok()) return c;
  c.name = r.required_text("naam");
  auto id = id_or_slug(r, c.name);
  c.id = id.id;
  c.id_explicit = id.explicit_id;
  c.function = r.text("functie");
  if (const YamlNode* roles = r.require("rollen"); roles && roles->is_sequence() && roles->items.empty())
    ctx.report(Code::empty_value, roles->at, "'rollen' is leeg; een contactpersoon heeft minstens een rol",
               "kies uit: aandachtsfunctionaris, aanspreekpunt, netwerkcontact of ervaringsdeskundige");
  c.roles = r.choice_list<ContactRole>("rollen");
  c.specialisms = r.id_list("specialismen");
  c.email = r.email("email");
  c.phone = r.phone("telefoon");
  c.availability = r.text("bereikbaarheid");
  c.focal_training = r.date("af_training");
  c.basic_knowledge = r.choice_list<BasicKnowledge>("basiskennis");
  c.recognised = r.boolean("erkend");
  if (auto publication = r.choice<Publication>("publicatie")) c.publication = *publication;
  else c.publication.at = c.at;
  r.require("toestemming", Code::missing_consent,
            "contactpersoon '" + (c.name.value.empty() ? c.id.value : c.name.value) + "' heeft geen 'toestemming'",
            "voeg 'toestemming: JJJJ-MM-DD' toe met de datum waarop deze persoon instemde met publicatie; "
            "zonder toestemming wordt niets over de persoon gepubliceerd");
  c.consent = r.date("toestemming");
  return c;
}

AccessRoute decode_access(const YamlNode& node, DecodeContext& ctx) {
  AccessRoute a;
  MappingReader r(node, "toegang", ctx);
  a.at = r.at();
  if (!r.ok()) return a;
  r.require("route");
  if (auto route = r.choice<AccessKind>("route")) a.route = *route;
  a.via_organisations = r.id_list("door");
  a.meeting = r.text("overleg");
  a.note = r.text("toelichting");
  return a;
}

Service decode_service(const YamlNode& node, DecodeContext& ctx) {
  Service s;
  MappingReader r(node, "aanbod", ctx);
  s.at = r.at();
  if (!r.ok()) return s;
  r.require("id");
  if (auto id = r.id("id")) s.id = *id;
  s.name = r.required_text("naam");
  s.kind = r.choice<ServiceKind>("soort");
  s.description = r.markdown("omschrijving");
  s.specialisms = r.id_list("specialismen");
  s.audiences = r.audiences("doelgroep");
  s.intensities = r.choice_list<Intensity>("zwaarte");
  r.each("toegang", [&](const YamlNode& item) { s.access.push_back(decode_access(item, ctx)); });
  s.waiting_time = r.text("wachttijd");
  s.costs = r.text("kosten");
  s.area = r.area("werkgebied");
  s.website = r.url("website");
  s.contact = r.text("contact");
  return s;
}

}  // namespace

std::optional<Organisation> decode_organisation(const YamlNode& root, std::string_view stem, DecodeContext& ctx) {
  MappingReader r(root, "organisatie", ctx);
  if (!r.ok()) return std::nullopt;
  Organisation o;
  o.at = r.at();
  o.id = entity_id(r, stem);
  o.name = r.required_text("naam");
  o.abbreviation = r.text("afkorting");
  o.kind = r.required_text("soort");
  if (auto ring = r.choice<Ring>("ring")) o.ring = *ring;
  else o.ring.at = o.at;
  o.description = r.markdown("omschrijving");
  o.website = r.url("website");
  o.email = r.email("email");
  o.phone = r.phone("telefoon");
  o.availability = r.text("bereikbaarheid");
  if (const YamlNode* address = r.get("adres")) o.address = decode_address(*address, ctx);
  o.area = r.area("werkgebied");
  o.specialisms = r.id_list("specialismen");
  o.consultation = r.markdown("consultatie");
  o.declaration_signed = r.date("intentieverklaring");
  o.reporting_protocol = r.boolean("meldcodeprotocol");
  r.each("relaties", [&](const YamlNode& item) {
    if (auto rel = decode_relation(item, ctx)) o.relations.push_back(std::move(*rel));
  });
  r.each("contactpersonen", [&](const YamlNode& item) { o.contacts.push_back(decode_contact(item, ctx)); });
  r.each("aanbod", [&](const YamlNode& item) { o.services.push_back(decode_service(item, ctx)); });
  o.stewardship = r.stewardship("beheer");
  return o;
}

}  // namespace nk
