// Warnings: stale entries and gaps in the network. Never errors: appointing an AF is not
// a legal duty, and a stale entry is still better than none.
#include "check/reporter.h"
#include "check/stale.h"
#include "values/dates.h"

namespace nk {

namespace {

void check_stewardship(Reporter& reporter, const Stewardship& s, int months, const Date& today) {
  if (s.verified.value.year == 0) return;  // missing: reported while loading
  if (s.verified.value > today) {
    reporter.report(Code::verified_in_future, s.verified.at,
                    "'gecontroleerd' " + format_date(s.verified.value) + " ligt na vandaag (" + format_date(today) + ")",
                    "vul de datum van de laatste controle in");
    return;
  }
  if (is_stale(s, months, today)) {
    reporter.report(Code::stale_entry, s.verified.at,
                    "laatst gecontroleerd op " + format_date(s.verified.value) + ", meer dan " +
                        std::to_string(months) + " maanden geleden; de pagina toont 'mogelijk verouderd'",
                    "controleer de gegevens en zet 'gecontroleerd' op de datum van vandaag");
  }
}

}  // namespace

void check_coverage(Reporter& reporter, const Date& today) {
  const Network& net = reporter.network();
  int months = net.site.stale_after_months.value;
  if (!net.site.veilig_thuis && !net.site.title.value.empty()) {
    reporter.report(Code::no_veilig_thuis, net.site.at,
                    "site.yaml noemt geen Veilig Thuis; de portal toont dan geen advies- en meldpunt",
                    "voeg 'veilig_thuis: <organisatie-id>' toe");
  }
  for (const auto& org : net.organisations) {
    check_stewardship(reporter, org.stewardship, months, today);
    const std::string& name = org.name.value.empty() ? org.id.value : org.name.value;
    if (org.ring.value == Ring::chain) {
      bool focal = false, network = false;
      for (const auto& c : org.contacts) {
        focal = focal || c.has_role(ContactRole::focal_officer);
        network = network || c.has_role(ContactRole::network_contact);
      }
      if (!focal)
        reporter.report(Code::partner_without_focal_officer, org.at,
                        "netwerkpartner '" + name + "' heeft geen aandachtsfunctionaris",
                        "voeg een contactpersoon toe met rol 'aandachtsfunctionaris', of zet 'ring: tweede-ring' als de organisatie geen netwerkpartner in de aanpak is");
      if (!network)
        reporter.report(Code::partner_without_network_contact, org.at,
                        "netwerkpartner '" + name + "' heeft geen netwerkcontact",
                        "voeg een contactpersoon toe met rol 'netwerkcontact'");
    }
    if (org.kind.value == "vrouwenopvang" && org.address && !org.address->is_secret() &&
        (org.address->street || org.address->postcode)) {
      reporter.report(Code::shelter_address_not_secret, org.address->at,
                      "het adres van vrouwenopvang '" + name + "' is niet geheim",
                      "zet 'geheim: true' in het adres, dan verschijnen straat en postcode nergens");
    }
  }
  for (const auto& m : net.meetings) check_stewardship(reporter, m.stewardship, months, today);
  for (const auto& t : net.trainings) check_stewardship(reporter, t.stewardship, months, today);
  for (const auto& a : net.agenda) check_stewardship(reporter, a.stewardship, months, today);
  for (const auto& r : net.routes) check_stewardship(reporter, r.stewardship, months, today);
}

}  // namespace nk
