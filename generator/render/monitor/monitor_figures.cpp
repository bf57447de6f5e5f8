#include "render/monitor/monitor.h"

namespace nk {

namespace {

bool focal(const Contact& c) { return c.has_role(ContactRole::focal_officer); }

bool knows(const Contact& c, BasicKnowledge k) {
  for (const auto& b : c.basic_knowledge)
    if (b.value == k) return true;
  return false;
}

template <class Predicate>
bool any_contact(const Organisation& o, Predicate p) {
  for (const auto& c : o.contacts)
    if (p(c)) return true;
  return false;
}

}  // namespace

MonitorFigures monitor_figures(const Network& net, const Date& today) {
  MonitorFigures f;
  for (std::size_t i = 0; i < net.organisations.size(); ++i)
    if (net.organisations[i].ring.value == Ring::chain) f.partners.push_back(i);

  struct Rule {
    const char* key;
    const char* label;
    bool (*holds)(const Organisation&);
  };
  static const Rule rules[] = {
      {"aandachtsfunctionaris", "met minstens een aandachtsfunctionaris",
       [](const Organisation& o) { return any_contact(o, focal); }},
      {"getrainde-af", "met een getrainde aandachtsfunctionaris (AF-training)",
       [](const Organisation& o) {
         return any_contact(o, [](const Contact& c) { return focal(c) && c.focal_training.has_value(); });
       }},
      {"basiskennis", "met een aandachtsfunctionaris met basiskennis trauma en gezinsprofielen",
       [](const Organisation& o) {
         return any_contact(o, [](const Contact& c) {
           return focal(c) && knows(c, BasicKnowledge::trauma) && knows(c, BasicKnowledge::family_profiles);
         });
       }},
      {"netwerkcontact", "met een netwerkcontact",
       [](const Organisation& o) {
         return any_contact(o, [](const Contact& c) { return c.has_role(ContactRole::network_contact); });
       }},
      {"intentieverklaring", "met een getekende intentieverklaring",
       [](const Organisation& o) { return o.declaration_signed.has_value(); }},
      {"meldcodeprotocol", "met een meldcodeprotocol",
       [](const Organisation& o) { return o.reporting_protocol && o.reporting_protocol->value; }},
  };
  for (const auto& rule : rules) {
    MonitorIndicator ind{rule.key, rule.label, {}, {}};
    for (std::size_t i : f.partners) (rule.holds(net.organisations[i]) ? ind.with : ind.without).push_back(i);
    f.indicators.push_back(std::move(ind));
  }

  // Specialismen without a direct aanspreekpunt (one for a child specialism does not count).
  std::vector<bool> has_contact(net.specialisms.size(), false);
  for (const auto& o : net.organisations)
    for (const auto& c : o.contacts)
      if (c.has_role(ContactRole::fixed_contact))
        for (const auto& s : c.specialisms)
          if (auto it = net.specialism_index.find(s.value); it != net.specialism_index.end()) has_contact[it->second] = true;
  for (std::size_t s = 0; s < net.specialisms.size(); ++s)
    if (!has_contact[s]) f.specialisms_without_contact.push_back(s);

  // Coverage: what an organisation offers (aanspreekpunten, aanbod) counts in its werkgebied.
  f.coverage.assign(net.municipalities.size(), std::vector<bool>(net.specialisms.size(), false));
  for (const auto& o : net.organisations) {
    std::vector<std::size_t> offered;
    auto add = [&](const IdRef& s) {
      if (auto it = net.specialism_index.find(s.value); it != net.specialism_index.end()) offered.push_back(it->second);
    };
    for (const auto& c : o.contacts)
      if (c.has_role(ContactRole::fixed_contact))
        for (const auto& s : c.specialisms) add(s);
    for (const auto& service : o.services)
      for (const auto& s : service.specialisms) add(s);
    if (offered.empty()) continue;
    std::vector<std::size_t> area;
    if (o.area.whole_region) {
      for (std::size_t m = 0; m < net.municipalities.size(); ++m) area.push_back(m);
    } else {
      for (const auto& m : o.area.municipalities)
        if (auto it = net.municipality_index.find(m.value); it != net.municipality_index.end()) area.push_back(it->second);
    }
    for (std::size_t m : area)
      for (std::size_t s : offered) f.coverage[m][s] = true;
  }

  f.stale = stale_entries(net, today);

  f.upcoming_sessions.assign(net.specialisms.size(), 0);
  const DateTime start_of_today{today, 0, 0};
  for (const auto& t : net.trainings) {
    std::size_t upcoming = 0;
    for (const auto& s : t.sessions)
      if (s.status.value != SessionStatus::cancelled && s.start.value >= start_of_today) ++upcoming;
    if (upcoming == 0) continue;
    for (const auto& s : t.specialisms)
      if (auto it = net.specialism_index.find(s.value); it != net.specialism_index.end())
        f.upcoming_sessions[it->second] += upcoming;
  }
  return f;
}

}  // namespace nk
