#include "render/pages/page_views.h"

#include <algorithm>

#include "render/site_paths.h"
#include "text/utf8.h"
#include "values/dates.h"

namespace nk {

std::string sort_key(const std::string& name) { return fold_for_matching(name); }

mustache::data organisation_link(const PageRenderer& r, const std::string& page, const std::string& id) {
  const Network& net = r.network();
  auto it = net.organisation_index.find(id);
  if (it == net.organisation_index.end()) return link_data(id, "");
  const Organisation& org = net.organisations[it->second];
  mustache::data d = link_data(org.name.value, r.url(page, entity_path(EntityKind::organisation, id)));
  d.set("abbreviation", text_or(org.abbreviation));
  return d;
}

mustache::data meeting_link(const PageRenderer& r, const std::string& page, std::size_t m) {
  const Meeting& meeting = r.network().meetings[m];
  mustache::data d = link_data(meeting.name.value, r.url(page, entity_path(EntityKind::meeting, meeting.id.value)));
  d.set("abbreviation", text_or(meeting.abbreviation));
  return d;
}

mustache::data training_link(const PageRenderer& r, const std::string& page, std::size_t t) {
  const Training& training = r.network().trainings[t];
  // Training pages come with the calendar output; until then the name stands alone.
  std::string url = r.context().sections.trainings ? r.url(page, entity_path(EntityKind::training, training.id.value)) : "";
  mustache::data d = link_data(training.name.value, url);
  d.set("has_url", !url.empty());
  return d;
}

mustache::data service_link(const PageRenderer& r, const std::string& page, const ServiceRef& ref) {
  const Organisation& org = r.network().organisations[ref.organisation];
  const Service& service = org.services[ref.service];
  mustache::data d = link_data(service.name.value, r.url(page, entity_path(EntityKind::service, service.id.value)));
  d.set("organisation", org.name.value);
  return d;
}

mustache::list specialism_links(const PageRenderer& r, const std::string& page, const std::vector<IdRef>& ids) {
  const Network& net = r.network();
  mustache::list out;
  for (const auto& id : ids) {
    auto it = net.specialism_index.find(id.value);
    if (it == net.specialism_index.end()) continue;
    out.push_back(link_data(net.specialisms[it->second].name.value,
                            r.url(page, entity_path(EntityKind::specialism, id.value))));
  }
  return out;
}

std::string role_label(ContactRole role) {
  switch (role) {
    case ContactRole::focal_officer: return "Aandachtsfunctionaris";
    case ContactRole::fixed_contact: return "Vast aanspreekpunt";
    case ContactRole::network_contact: return "Contactpersoon netwerksamenwerking";
    case ContactRole::lived_experience: return "Ervaringsdeskundige";
  }
  return "";
}

std::string role_plural(ContactRole role) {
  switch (role) {
    case ContactRole::focal_officer: return "Aandachtsfunctionarissen";
    case ContactRole::fixed_contact: return "Vaste aanspreekpunten";
    case ContactRole::network_contact: return "Contactpersonen netwerksamenwerking";
    case ContactRole::lived_experience: return "Ervaringsdeskundigen";
  }
  return "";
}

std::string audience_list(const std::vector<Located<Audience>>& audiences) {
  std::string out;
  for (std::size_t i = 0; i < audiences.size(); ++i) {
    if (i) out += ", ";
    out += dutch_name(audiences[i].value);
  }
  return out;
}

std::string vcard_path(const Organisation& org, const Contact& contact) {
  return "organisaties/" + org.id.value + "/" + contact.id.value + ".vcf";
}

mustache::data contact_card(const PageRenderer& r, const std::string& page, std::size_t o, std::size_t c,
                            bool with_organisation) {
  const Organisation& org = r.network().organisations[o];
  const Contact& contact = org.contacts[c];
  mustache::data d;
  d.set("name", contact.name.value);
  d.set("id", "contact-" + contact.id.value);
  d.set("function", text_or(contact.function));
  mustache::list roles;
  for (const auto& role : contact.roles) {
    mustache::data item;
    item.set("label", role_label(role.value));
    roles.push_back(item);
  }
  d.set("roles", roles);
  d.set("specialisms", specialism_links(r, page, contact.specialisms));
  d.set("has_specialisms", !contact.specialisms.empty());
  d.set("email", email_data(contact.email));
  d.set("phone", phone_data(contact.phone));
  d.set("availability", text_or(contact.availability));
  d.set("trained", contact.focal_training ? "AF-training afgerond op " + format_dutch_date(contact.focal_training->value) : std::string());
  std::string knowledge;
  for (const auto& k : contact.basic_knowledge)
    knowledge += (knowledge.empty() ? "" : " en ") + std::string(k.value == BasicKnowledge::trauma ? "trauma" : "gezinsprofielen");
  d.set("knowledge", knowledge.empty() ? std::string() : "Basiskennis " + knowledge);
  d.set("recognised", contact.recognised && contact.recognised->value);
  d.set("vcard", r.url(page, vcard_path(org, contact)));
  if (with_organisation) d.set("organisation", organisation_link(r, page, org.id.value));
  else d.set("organisation", false);
  return d;
}

mustache::list contact_groups(const PageRenderer& r, const std::string& page, const Organisation& org) {
  mustache::list groups;
  std::size_t o = r.network().organisation_index.at(org.id.value);
  for (const auto& role_name : names_of<ContactRole>()) {
    mustache::list cards;
    for (std::size_t c = 0; c < org.contacts.size(); ++c)
      if (org.contacts[c].has_role(role_name.value)) cards.push_back(contact_card(r, page, o, c, false));
    if (cards.empty()) continue;
    mustache::data g;
    g.set("label", role_plural(role_name.value));
    g.set("contacts", cards);
    groups.push_back(g);
  }
  return groups;
}

mustache::list access_routes(const PageRenderer& r, const std::string& page, const Service& service) {
  const Network& net = r.network();
  mustache::list out;
  for (const auto& access : service.access) {
    static const char* labels[] = {"Zelfmelding", "Na verwijzing", "Via consultatie", "Via een overleg"};
    mustache::data a;
    a.set("route", labels[static_cast<int>(access.route.value)]);
    mustache::list via;
    for (const auto& id : access.via_organisations) via.push_back(organisation_link(r, page, id.value));
    a.set("via", via);
    a.set("has_via", !via.empty());
    if (access.meeting) {
      auto it = net.meeting_index.find(access.meeting->value);
      a.set("meeting", it == net.meeting_index.end() ? mustache::data(false) : meeting_link(r, page, it->second));
    } else {
      a.set("meeting", false);
    }
    a.set("note", text_or(access.note));
    out.push_back(a);
  }
  return out;
}

mustache::data service_summary(const PageRenderer& r, const std::string& page, std::size_t o, std::size_t v) {
  const Organisation& org = r.network().organisations[o];
  const Service& service = org.services[v];
  mustache::data d = service_link(r, page, {o, v});
  d.set("kind", service.kind ? std::string(dutch_name(service.kind->value)) : std::string());
  d.set("audiences", audience_list(service.audiences));
  d.set("access", access_routes(r, page, service));
  d.set("has_access", !service.access.empty());
  return d;
}

mustache::data stewardship_data(const PageRenderer& r, const Stewardship& s) {
  mustache::data d;
  d.set("verified", format_dutch_date(s.verified.value));
  int months = r.network().site.stale_after_months.value;
  d.set("stale", add_months(s.verified.value, months) < r.context().settings.today);
  return d;
}

nlohmann::ordered_json person_json(const Contact& c) {
  nlohmann::ordered_json p;
  p["@type"] = "Person";
  p["name"] = c.name.value;
  if (c.function) p["jobTitle"] = c.function->value;
  if (c.email) p["email"] = c.email->value;
  if (c.phone) p["telephone"] = c.phone->value.tel;
  return p;
}

}  // namespace nk
