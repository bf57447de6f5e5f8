#include "render/pages/page_index.h"

#include <algorithm>

#include "text/utf8.h"

namespace nk {

namespace {

template <class Fn>
void for_each_index(const IdIndex& index, const std::vector<IdRef>& refs, Fn&& fn) {
  for (const auto& ref : refs)
    if (auto it = index.find(ref.value); it != index.end()) fn(it->second);
}

// Municipalities a werkgebied covers: all of them for `regio`.
template <class Fn>
void for_each_municipality(const Network& net, const ServiceArea& area, Fn&& fn) {
  if (area.whole_region) {
    for (std::size_t m = 0; m < net.municipalities.size(); ++m) fn(m);
  } else {
    for_each_index(net.municipality_index, area.municipalities, fn);
  }
}

}  // namespace

PageIndex::PageIndex(const Network& net) {
  const std::size_t orgs = net.organisations.size(), specs = net.specialisms.size(), munis = net.municipalities.size();
  incoming_relations.resize(orgs);
  chaired_meetings.resize(orgs);
  joined_meetings.resize(orgs);
  provided_trainings.resize(orgs);
  services_reached_via.resize(orgs);
  organisations_by_specialism.resize(specs);
  contacts_by_specialism.resize(specs);
  services_by_specialism.resize(specs);
  meetings_by_specialism.resize(specs);
  children_of_specialism.resize(specs);
  organisations_by_municipality.resize(munis);
  services_by_municipality.resize(munis);

  for (std::size_t s = 0; s < specs; ++s)
    if (const auto& parent = net.specialisms[s].parent)
      if (auto it = net.specialism_index.find(parent->value); it != net.specialism_index.end())
        children_of_specialism[it->second].push_back(s);

  for (std::size_t o = 0; o < orgs; ++o) {
    const Organisation& org = net.organisations[o];
    for (std::size_t r = 0; r < org.relations.size(); ++r)
      if (auto it = net.organisation_index.find(org.relations[r].organisation.value); it != net.organisation_index.end())
        incoming_relations[it->second].push_back({o, r});
    for_each_index(net.specialism_index, org.specialisms, [&](std::size_t s) { organisations_by_specialism[s].push_back(o); });
    for_each_municipality(net, org.area, [&](std::size_t m) { organisations_by_municipality[m].push_back(o); });
    for (std::size_t c = 0; c < org.contacts.size(); ++c) {
      contacts_by_name.push_back({o, c});
      for_each_index(net.specialism_index, org.contacts[c].specialisms,
                     [&](std::size_t s) { contacts_by_specialism[s].push_back({o, c}); });
    }
    for (std::size_t v = 0; v < org.services.size(); ++v) {
      const Service& service = org.services[v];
      for_each_index(net.specialism_index, service.specialisms, [&](std::size_t s) { services_by_specialism[s].push_back({o, v}); });
      for_each_municipality(net, service.area, [&](std::size_t m) { services_by_municipality[m].push_back({o, v}); });
      for (const auto& access : service.access)
        for_each_index(net.organisation_index, access.via_organisations, [&](std::size_t via) {
          auto& list = services_reached_via[via];
          if (list.empty() || list.back().organisation != o || list.back().service != v) list.push_back({o, v});
        });
    }
  }
  for (std::size_t m = 0; m < net.meetings.size(); ++m) {
    const Meeting& meeting = net.meetings[m];
    if (meeting.chair)
      if (auto it = net.organisation_index.find(meeting.chair->value); it != net.organisation_index.end())
        chaired_meetings[it->second].push_back(m);
    for_each_index(net.organisation_index, meeting.participants, [&](std::size_t o) { joined_meetings[o].push_back(m); });
    for_each_index(net.specialism_index, meeting.specialisms, [&](std::size_t s) { meetings_by_specialism[s].push_back(m); });
  }
  for (std::size_t t = 0; t < net.trainings.size(); ++t)
    if (const auto& provider = net.trainings[t].provider)
      if (auto it = net.organisation_index.find(provider->value); it != net.organisation_index.end())
        provided_trainings[it->second].push_back(t);

  std::vector<std::string> keys(contacts_by_name.size());
  for (std::size_t i = 0; i < contacts_by_name.size(); ++i)
    keys[i] = fold_for_matching(net.organisations[contacts_by_name[i].organisation].contacts[contacts_by_name[i].contact].name.value);
  std::vector<std::size_t> order(contacts_by_name.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
  std::vector<ContactRef> sorted;
  sorted.reserve(order.size());
  for (std::size_t i : order) sorted.push_back(contacts_by_name[i]);
  contacts_by_name = std::move(sorted);
  contact_rank.resize(orgs);
  for (std::size_t o = 0; o < orgs; ++o) contact_rank[o].resize(net.organisations[o].contacts.size());
  for (std::size_t i = 0; i < contacts_by_name.size(); ++i)
    contact_rank[contacts_by_name[i].organisation][contacts_by_name[i].contact] = i;

  // Organisations by name; ties keep id order (the order of net.organisations).
  {
    std::vector<std::string> names(orgs);
    for (std::size_t o = 0; o < orgs; ++o) names[o] = fold_for_matching(net.organisations[o].name.value);
    std::vector<std::size_t> by_name(orgs);
    for (std::size_t o = 0; o < orgs; ++o) by_name[o] = o;
    std::stable_sort(by_name.begin(), by_name.end(), [&](std::size_t a, std::size_t b) { return names[a] < names[b]; });
    organisation_rank.resize(orgs);
    for (std::size_t i = 0; i < orgs; ++i) organisation_rank[by_name[i]] = i;
  }
  // Aanbod by name, ties by its (globally unique) id.
  {
    struct Entry { std::string key; const std::string* id; ServiceRef ref; };
    std::vector<Entry> entries;
    service_rank.resize(orgs);
    for (std::size_t o = 0; o < orgs; ++o) {
      const auto& services = net.organisations[o].services;
      service_rank[o].resize(services.size());
      for (std::size_t v = 0; v < services.size(); ++v)
        entries.push_back({fold_for_matching(services[v].name.value), &services[v].id.value, {o, v}});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
      return a.key != b.key ? a.key < b.key : *a.id < *b.id;
    });
    for (std::size_t i = 0; i < entries.size(); ++i) service_rank[entries[i].ref.organisation][entries[i].ref.service] = i;
  }

  // The hierarchy depth-first. A specialism whose parent is unknown counts as a top one;
  // `placed` guards against a cycle (check refuses those, the pages must not hang on one).
  tree_position.assign(specs, specs);
  std::vector<bool> placed(specs, false);
  auto place = [&](auto&& self, std::size_t s, int depth) -> void {
    if (placed[s]) return;
    placed[s] = true;
    tree_position[s] = specialism_tree.size();
    specialism_tree.push_back({s, depth});
    for (std::size_t child : children_of_specialism[s]) self(self, child, depth + 1);
  };
  for (std::size_t s = 0; s < specs; ++s) {
    const auto& parent = net.specialisms[s].parent;
    if (!parent || !net.specialism_index.count(parent->value)) place(place, s, 0);
  }
  for (std::size_t s = 0; s < specs; ++s) place(place, s, 0);
}

std::vector<std::size_t> PageIndex::descendants(std::size_t s) const {
  std::vector<std::size_t> out;
  std::size_t at = tree_position[s];
  if (at >= specialism_tree.size()) return out;
  int depth = specialism_tree[at].depth;
  for (std::size_t i = at + 1; i < specialism_tree.size() && specialism_tree[i].depth > depth; ++i)
    out.push_back(specialism_tree[i].specialism);
  return out;
}

}  // namespace nk
