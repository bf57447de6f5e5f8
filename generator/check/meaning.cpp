// Rules about what values mean together: consent, roles, sessions, routes.
#include "check/reporter.h"
#include "values/dates.h"

namespace nk {

namespace {

void check_contact(Reporter& reporter, const Contact& c, const Date& today) {
  std::string who = c.name.value.empty() ? c.id.value : c.name.value;
  // A missing toestemming is reported while loading (NK401), where a misspelt key is known.
  if (c.consent && c.consent->value > today) {
    reporter.report(Code::consent_in_future, c.consent->at,
                    "'toestemming' " + format_date(c.consent->value) + " ligt na vandaag (" + format_date(today) + ")",
                    "vul de datum in waarop de persoon toestemming gaf");
  }
  if (c.has_role(ContactRole::fixed_contact) && c.specialisms.empty()) {
    reporter.report(Code::fixed_contact_without_specialism, c.at,
                    "'" + who + "' is aanspreekpunt maar heeft geen 'specialismen'",
                    "noem de specialismen waarvoor deze persoon het vaste aanspreekpunt is");
  }
}

void check_session(Reporter& reporter, const Session& s) {
  if (s.end.value <= s.start.value) {
    reporter.report(Code::session_end_before_start, s.end.at,
                    "de sessie eindigt (" + format_datetime(s.end.value) + ") niet na de start (" +
                        format_datetime(s.start.value) + ")",
                    "controleer 'start' en 'eind'; een sessie mag over meer dagen lopen");
  }
  bool online = s.online && s.online->value;
  if (!s.location && !online) {
    reporter.report(Code::session_without_place, s.at, "de sessie heeft geen 'locatie' en is niet online",
                    "voeg 'locatie: ...' toe, of 'online: true' (beide mag: hybride)");
  }
}

}  // namespace

void check_meaning(Reporter& reporter, const Date& today) {
  const Network& net = reporter.network();
  for (const auto& org : net.organisations)
    for (const auto& c : org.contacts) check_contact(reporter, c, today);
  for (const auto& t : net.trainings)
    for (const auto& s : t.sessions) check_session(reporter, s);
}

}  // namespace nk
