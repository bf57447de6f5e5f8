#include "render/pages/page_views.h"

#include <algorithm>
#include <map>

#include "render/site_paths.h"
#include "text/utf8.h"
#include "values/dates.h"

namespace nk {

std::string sort_key(const std::string& name) { return fold_for_matching(name); }

mustache::list letter_groups(const std::vector<std::size_t>& order, const std::vector<std::string>& keys,
                             const std::string& list_key, const std::function<mustache::data(std::size_t)>& item) {
  mustache::list groups;
  std::string current;
  mustache::list items;
  auto flush = [&] {
    if (items.empty()) return;
    mustache::data g;
    g.set("letter", current);
    g.set("anchor", "letter-" + (current == "#" ? std::string("overig") : current));
    g.set(list_key, items);
    groups.push_back(std::move(g));
    items = mustache::list();
  };
  for (std::size_t i : order) {
    char first = keys[i].empty() ? '#' : static_cast<char>(std::toupper(static_cast<unsigned char>(keys[i][0])));
    std::string letter(1, first >= 'A' && first <= 'Z' ? first : '#');
    if (letter != current) {
      flush();
      current = letter;
    }
    items.push_back(item(i));
  }
  flush();
  return groups;
}

mustache::list subregion_groups(const Network& net, const std::function<mustache::data(std::size_t)>& item) {
  std::vector<std::string> order;
  std::map<std::string, mustache::list> by_subregion;
  for (std::size_t m = 0; m < net.municipalities.size(); ++m) {
    std::string sub = text_or(net.municipalities[m].subregion, "Overige gemeenten");
    if (!by_subregion.count(sub)) order.push_back(sub);
    by_subregion[sub].push_back(item(m));
  }
  mustache::list groups;
  for (std::size_t i = 0; i < order.size(); ++i) {
    mustache::data g;
    g.set("name", order[i]);
    g.set("anchor", "subregio-" + std::to_string(i + 1));
    g.set("municipalities", by_subregion[order[i]]);
    groups.push_back(std::move(g));
  }
  return groups;
}

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

namespace {

mustache::list tree_level(const PageIndex& index, std::size_t& i, int depth,
                          const std::function<mustache::data(std::size_t)>& make) {
  mustache::list out;
  while (i < index.specialism_tree.size() && index.specialism_tree[i].depth == depth) {
    mustache::data node = make(index.specialism_tree[i].specialism);
    ++i;
    mustache::list children = tree_level(index, i, depth + 1, make);
    node.set("has_children", !children.empty());
    node.set("children", children);
    out.push_back(node);
  }
  return out;
}

}  // namespace

mustache::list specialism_tree_list(const PageIndex& index, const std::function<mustache::data(std::size_t)>& make) {
  std::size_t i = 0;
  return tree_level(index, i, 0, make);
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
  // The anchor other pages link to (organisation page #contact-<id>); cards elsewhere
  // show people of several organisations, whose ids may coincide, so they get none.
  d.set("id", with_organisation ? std::string() : "contact-" + contact.id.value);
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
  std::vector<bool> anchored(org.contacts.size(), false);  // a person with two roles: one anchor
  for (const auto& role_name : names_of<ContactRole>()) {
    mustache::list cards;
    for (std::size_t c = 0; c < org.contacts.size(); ++c) {
      if (!org.contacts[c].has_role(role_name.value)) continue;
      mustache::data card = contact_card(r, page, o, c, false);
      if (anchored[c]) card.set("id", std::string());
      anchored[c] = true;
      cards.push_back(std::move(card));
    }
    if (cards.empty()) continue;
    mustache::data g;
    g.set("label", role_plural(role_name.value));
    g.set("contacts", cards);
    groups.push_back(g);
  }
  return groups;
}

mustache::data contact_row(const PageRenderer& r, const std::string& page, const ContactRef& ref) {
  const Network& net = r.network();
  const Organisation& org = net.organisations[ref.organisation];
  const Contact& contact = org.contacts[ref.contact];
  mustache::data d;
  d.set("name", contact.name.value);
  d.set("url", r.url(page, entity_path(EntityKind::organisation, org.id.value)) + "#contact-" + contact.id.value);
  d.set("function", text_or(contact.function));
  std::string roles;
  for (const auto& role : contact.roles) roles += (roles.empty() ? "" : ", ") + role_label(role.value);
  d.set("roles", roles);
  d.set("organisation", link_data(org.name.value, r.url(page, entity_path(EntityKind::organisation, org.id.value))));
  std::string specialisms;
  for (const auto& id : contact.specialisms)
    if (auto it = net.specialism_index.find(id.value); it != net.specialism_index.end())
      specialisms += (specialisms.empty() ? "" : ", ") + net.specialisms[it->second].name.value;
  d.set("specialisms", specialisms);
  d.set("phone", phone_data(contact.phone));
  d.set("email", email_data(contact.email));
  return d;
}

std::vector<std::string> render_contact_rows(const PageRenderer& r, const PageIndex& index, const std::string& sample_page) {
  std::vector<std::string> rows(index.contacts_by_name.size());
  parallel_for(rows.size(), r.context().settings.threads, [&](std::size_t i) {
    rows[i] = r.context().theme.render("contact-row", contact_row(r, sample_page, index.contacts_by_name[i]));
  });
  return rows;
}

std::string join_contact_rows(const PageIndex& index, const std::vector<std::string>& rows,
                              const std::vector<ContactRef>& refs) {
  std::size_t size = 0;
  for (const ContactRef& ref : refs) size += rows[index.contact_rank[ref.organisation][ref.contact]].size();
  std::string out;
  out.reserve(size);
  for (const ContactRef& ref : refs) out += rows[index.contact_rank[ref.organisation][ref.contact]];
  return out;
}

std::string render_each(const PageRenderer& r, const std::string& name, const mustache::list& items) {
  std::string out;
  for (const auto& item : items) out += r.context().theme.render(name, item);
  return out;
}

std::string contact_role_path(ContactRole role) {
  return "contactpersonen/rol/" + std::string(dutch_name(role)) + "/index.html";
}

std::string contact_specialism_path(const std::string& id) { return "contactpersonen/specialisme/" + id + "/index.html"; }

std::string contact_municipality_path(const std::string& id) { return "contactpersonen/gemeente/" + id + "/index.html"; }

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

std::string access_summary(const Service& service) {
  static const char* labels[] = {"zelfmelding", "na verwijzing", "via consultatie", "via een overleg"};
  std::string out;
  bool seen[4] = {false, false, false, false};
  for (const auto& a : service.access) {
    auto i = static_cast<std::size_t>(a.route.value);
    if (i >= 4 || seen[i]) continue;
    seen[i] = true;
    out += (out.empty() ? "" : ", ") + std::string(labels[i]);
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

std::string people_list_json(const Network& net, const std::string& name, const std::vector<ContactRef>& contacts) {
  nlohmann::ordered_json j;
  j["@context"] = "https://schema.org";
  j["@type"] = "ItemList";
  j["name"] = name;
  j["numberOfItems"] = contacts.size();
  nlohmann::ordered_json items = nlohmann::ordered_json::array();
  std::size_t position = 0;
  for (const ContactRef& ref : contacts) {
    const Organisation& org = net.organisations[ref.organisation];
    nlohmann::ordered_json person = person_json(org.contacts[ref.contact]);
    person["worksFor"] = {{"@type", "Organization"}, {"name", org.name.value}};
    items.push_back({{"@type", "ListItem"}, {"position", ++position}, {"item", std::move(person)}});
  }
  j["itemListElement"] = std::move(items);
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace nk
