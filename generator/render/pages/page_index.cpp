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
}

}  // namespace nk
