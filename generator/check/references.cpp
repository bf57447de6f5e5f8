// Every reference resolves, with a did-you-mean for the ones that do not.
#include "check/references.h"

#include <algorithm>

#include "text/utf8.h"

namespace nk {

namespace {

// Het-words take "onbekend", de-words "onbekende".
ReferenceTarget make_target(std::string what, const IdIndex& index, std::vector<std::string_view> ids,
                            std::string where, std::string link_prefix = {}, bool known = true) {
  std::sort(ids.begin(), ids.end());
  bool het = what == "specialisme" || what == "overleg" || what == "agenda-item" || what == "begrip";
  std::string unknown = (het ? "onbekend " : "onbekende ") + what;
  return ReferenceTarget{std::move(what), std::move(unknown), &index, std::move(ids), std::move(where),
                         std::move(link_prefix), known};
}

}  // namespace

ReferenceTargets::ReferenceTargets(const Network& net)
    : network(&net),
      organisation(make_target("organisatie", net.organisation_index, ids_of(net.organisations), "data/organisaties/", "organisatie:")),
      municipality(make_target("gemeente", net.municipality_index, ids_of(net.municipalities), "gemeenten.yaml", {}, net.municipalities_read)),
      kind(make_target("soort", net.kind_index, ids_of(net.organisation_kinds), "soorten.yaml", {}, net.kinds_read)),
      specialism(make_target("specialisme", net.specialism_index, ids_of(net.specialisms), "specialismen.yaml", {}, net.specialisms_read)),
      meeting(make_target("overleg", net.meeting_index, ids_of(net.meetings), "data/overleggen/", "overleg:")),
      training(make_target("training", net.training_index, ids_of(net.trainings), "data/trainingen/", "training:")),
      agenda(make_target("agenda-item", net.agenda_index, ids_of(net.agenda), "data/agenda/", "agenda:")),
      route(make_target("route", net.route_index, ids_of(net.routes), "data/routes/", "route:")),
      term(make_target("begrip", net.term_index, ids_of(net.terms), "begrippen.yaml", {}, net.terms_read)) {
  for (const auto& [id, where] : net.service_index) service_ids.push_back(id);
  std::sort(service_ids.begin(), service_ids.end());
}

bool check_reference(Reporter& reporter, const ReferenceTarget& target, const IdRef& ref,
                     std::size_t underline) {
  if (target.index->count(ref.value) || !target.known) return true;
  // The file of this id exists but could not be read; that is reported at the file.
  if (!target.link_prefix.empty() && reporter.network().unreadable_ids.count(target.link_prefix + ref.value))
    return false;
  std::string suggestion = reporter.suggest(ref.value, target.ids);
  if (suggestion.empty()) suggestion = "zie de ids in " + target.where;
  reporter.report(Code::unknown_reference, ref.at, target.unknown + " '" + ref.value + "'", suggestion,
                  underline ? underline : count_code_points(ref.value));
  return false;
}

namespace {

void check_contact_in(Reporter& reporter, const Organisation& org, const Text& contact) {
  for (const auto& c : org.contacts)
    if (c.id.value == contact.value) return;
  std::vector<std::string_view> ids;
  for (const auto& c : org.contacts) ids.push_back(c.id.value);
  std::string suggestion = reporter.suggest(contact.value, ids);
  if (suggestion.empty())
    suggestion = ids.empty() ? "deze organisatie heeft geen contactpersonen"
                             : "de contactpersonen van " + org.id.value + " hebben de ids: " +
                                   [&] {
                                     std::string s;
                                     for (std::size_t i = 0; i < ids.size() && i < 10; ++i)
                                       s += (i ? ", " : "") + std::string(ids[i]);
                                     return s;
                                   }();
  reporter.report(Code::contact_outside_organisation, contact.at,
                  "'" + contact.value + "' is geen contactpersoon van organisatie '" + org.id.value + "'",
                  suggestion);
}

void check_area(Reporter& reporter, const ReferenceTargets& t, const ServiceArea& area) {
  for (const auto& m : area.municipalities) check_reference(reporter, t.municipality, m);
}

void check_all(Reporter& reporter, const ReferenceTarget& target, const std::vector<IdRef>& refs) {
  for (const auto& ref : refs) check_reference(reporter, target, ref);
}

}  // namespace

void check_references(Reporter& reporter) {
  const Network& net = reporter.network();
  ReferenceTargets t(net);

  if (net.site.veilig_thuis) check_reference(reporter, t.organisation, *net.site.veilig_thuis);
  for (const auto& s : net.specialisms)
    if (s.parent) check_reference(reporter, t.specialism, *s.parent);
  for (const auto& term : net.terms) check_all(reporter, t.term, term.see_also);

  for (const auto& org : net.organisations) {
    if (!org.kind.value.empty()) check_reference(reporter, t.kind, org.kind);
    check_area(reporter, t, org.area);
    check_all(reporter, t.specialism, org.specialisms);
    for (const auto& rel : org.relations) check_reference(reporter, t.organisation, rel.organisation);
    for (const auto& c : org.contacts) check_all(reporter, t.specialism, c.specialisms);
    for (const auto& s : org.services) {
      check_all(reporter, t.specialism, s.specialisms);
      check_area(reporter, t, s.area);
      for (const auto& a : s.access) {
        check_all(reporter, t.organisation, a.via_organisations);
        if (a.meeting) check_reference(reporter, t.meeting, *a.meeting);
      }
      if (s.contact) check_contact_in(reporter, org, *s.contact);
    }
  }
  for (const auto& m : net.meetings) {
    check_area(reporter, t, m.area);
    check_all(reporter, t.specialism, m.specialisms);
    if (m.chair) check_reference(reporter, t.organisation, *m.chair);
    check_all(reporter, t.organisation, m.participants);
    if (m.registration) {
      const auto& reg = *m.registration;
      bool org_ok = reg.organisation && check_reference(reporter, t.organisation, *reg.organisation);
      if (reg.contact) {
        if (!reg.organisation)
          reporter.report(Code::contact_outside_organisation, reg.contact->at,
                          "'contact' in aanmelden hoort bij een organisatie, maar 'organisatie' ontbreekt",
                          "voeg 'organisatie: <id>' toe aan aanmelden");
        else if (org_ok)
          check_contact_in(reporter, net.organisations[net.organisation_index.at(reg.organisation->value)],
                           *reg.contact);
      }
    }
    if (m.escalation) check_all(reporter, t.meeting, m.escalation->escalates_to);
  }
  for (const auto& tr : net.trainings) {
    if (tr.provider) check_reference(reporter, t.organisation, *tr.provider);
    check_all(reporter, t.specialism, tr.specialisms);
  }
  for (const auto& a : net.agenda) {
    check_all(reporter, t.specialism, a.specialisms);
    if (a.lead_organisation) check_reference(reporter, t.organisation, *a.lead_organisation);
  }
  for (const auto& route : net.routes) {
    std::vector<std::string_view> step_ids;
    for (const auto& step : route.steps) step_ids.push_back(step.id.value);
    for (const auto& step : route.steps) {
      check_all(reporter, t.organisation, step.who);
      for (const auto& next : step.next) {
        if (std::find(step_ids.begin(), step_ids.end(), next.step.value) != step_ids.end()) continue;
        std::string suggestion = reporter.suggest(next.step.value, step_ids);
        if (suggestion.empty()) suggestion = "de stappen van deze route hebben de ids: " + [&] {
          std::string s;
          for (std::size_t i = 0; i < step_ids.size() && i < 12; ++i) s += (i ? ", " : "") + std::string(step_ids[i]);
          return s;
        }();
        reporter.report(Code::unknown_reference, next.step.at, "onbekende stap '" + next.step.value + "'", suggestion);
      }
    }
  }
}

}  // namespace nk
