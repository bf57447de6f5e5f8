#include "diagnostics/codes.h"

#include <array>
#include <stdexcept>

namespace nk {
namespace {

using enum Code;
constexpr auto E = Severity::error;
constexpr auto W = Severity::warning;

constexpr CodeInfo codes[] = {
    {file_too_large, "NK001", E, "Een bestand is hoogstens 1 MiB groot."},
    {invalid_utf8, "NK002", E, "Bestanden zijn UTF-8 zonder stuurtekens."},
    {yaml_syntax, "NK003", E, "Het bestand is geldige YAML."},
    {tab_indentation, "NK004", E, "Inspringen gebeurt met spaties, niet met tabs."},
    {anchor_or_alias, "NK005", E, "Ankers (&) en verwijzingen (*) horen niet bij het formaat."},
    {yaml_tag, "NK006", E, "Tags (!!x, !x) horen niet bij het formaat."},
    {several_documents, "NK007", E, "Een bestand bevat precies een YAML-document."},
    {duplicate_key, "NK008", E, "Een sleutel staat maar een keer in dezelfde mapping."},
    {too_deep, "NK009", E, "Nesting is hoogstens 16 niveaus diep."},
    {string_too_long, "NK010", E, "Een tekst is hoogstens 20.000 tekens lang."},
    {list_too_long, "NK011", E, "Een lijst heeft hoogstens 5.000 items."},
    {unknown_file, "NK012", E, "In de datamap staan alleen de bestanden van het formaat (.yaml)."},
    {unknown_folder, "NK013", E, "In de datamap staan alleen de mappen van het formaat."},
    {symbolic_link, "NK014", E, "Symbolische links worden niet gevolgd."},
    {merge_key, "NK015", E, "Samenvoegsleutels (<<) horen niet bij het formaat."},
    {missing_file, "NK016", E, "site.yaml, gemeenten.yaml, soorten.yaml, specialismen.yaml en begrippen.yaml zijn er."},
    {unreadable_file, "NK017", E, "Elk bestand is leesbaar."},
    {too_many_files, "NK018", E, "De datamap bevat hoogstens 100.000 bestanden."},
    {bad_front_matter, "NK019", E, "Een contentpagina begint met front matter tussen twee regels '---'."},
    {complex_key, "NK020", E, "Sleutels zijn gewone tekst."},
    {unknown_key, "NK101", E, "Alleen bekende sleutels (geen tikfouten: gegevens vallen nooit stil weg)."},
    {missing_key, "NK102", E, "Verplichte sleutels zijn aanwezig."},
    {wrong_type, "NK103", E, "Een waarde heeft de juiste vorm (tekst, lijst of mapping)."},
    {empty_value, "NK104", E, "Een sleutel zonder waarde is niet toegestaan."},
    {invalid_boolean, "NK105", E, "Ja/nee-waarden zijn true of false."},
    {invalid_number, "NK106", E, "Getallen zijn hele getallen binnen het toegestane bereik."},
    {invalid_choice, "NK107", E, "Een keuzewaarde komt uit de vaste lijst."},
    {duplicate_list_value, "NK108", E, "Een waarde staat maar een keer in dezelfde lijst."},
    {invalid_id, "NK201", E, "Een id bestaat uit kleine letters, cijfers en losse streepjes (hoogstens 80 tekens)."},
    {id_differs_from_file, "NK202", E, "Een id is gelijk aan de bestandsnaam."},
    {invalid_date, "NK203", E, "Een datum is een echte datum in de vorm JJJJ-MM-DD."},
    {invalid_datetime, "NK204", E, "Een tijdstip is een echte datum en tijd: JJJJ-MM-DD UU:MM."},
    {invalid_url, "NK205", E, "Links beginnen met https://, http:// of mailto:."},
    {invalid_email, "NK206", E, "Een e-mailadres is geldig."},
    {invalid_phone, "NK207", E, "Een telefoonnummer is een geldig Nederlands nummer."},
    {invalid_maintainer, "NK208", E, "beheer.contact is een e-mailadres of github:<naam>."},
    {invalid_markdown_link, "NK209", E, "Links in Markdown zijn https, http, mailto, relatief, #anker of een entiteitlink."},
    {invalid_amount, "NK210", E, "Kosten zijn een bedrag in euro (0 = gratis), zoals 125 of 49.50."},
    {duplicate_id, "NK301", E, "Een id is uniek binnen zijn soort (aanbod: in de hele data)."},
    {derived_id_collision, "NK302", E, "Twee uit een naam afgeleide ids mogen niet botsen."},
    {unknown_reference, "NK303", E, "Elke verwijzing naar een id bestaat."},
    {specialism_cycle, "NK304", E, "De hierarchie van specialismen (valt_onder) heeft geen kringen."},
    {escalation_not_upward, "NK305", E, "Een overleg escaleert alleen naar een overleg met een hogere laag."},
    {reserved_page_slug, "NK306", E, "Een contentpagina heeft geen naam van een vaste sectie."},
    {contact_outside_organisation, "NK307", E, "Een contact-id hoort bij de genoemde organisatie."},
    {missing_consent, "NK401", E, "Elke persoon heeft toestemming (datum) gegeven."},
    {consent_in_future, "NK402", E, "De datum van toestemming ligt niet na vandaag."},
    {fixed_contact_without_specialism, "NK403", E, "Een aanspreekpunt heeft specialismen."},
    {session_end_before_start, "NK404", E, "Een sessie eindigt na haar start."},
    {session_without_place, "NK405", E, "Een sessie heeft een locatie of is online."},
    {agenda_when_missing, "NK406", E, "Een agenda-item heeft datums of jaarlijks."},
    {agenda_when_twice, "NK407", E, "Een agenda-item heeft niet zowel datums als jaarlijks."},
    {yearly_form, "NK408", E, "jaarlijks heeft {maand, dag} of {maand, weekdag, nummer}."},
    {date_range_reversed, "NK409", E, "In datums ligt tot niet voor van."},
    {day_not_in_month, "NK410", E, "Een jaarlijkse dag bestaat in die maand."},
    {duration_without_yearly, "NK411", E, "duur_dagen hoort bij jaarlijks."},
    {stale_entry, "NK501", W, "Gegevens zijn gecontroleerd binnen verouderd_na_maanden (standaard 12)."},
    {partner_without_focal_officer, "NK502", W, "Een netwerkpartner (ring keten) heeft een aandachtsfunctionaris."},
    {partner_without_network_contact, "NK503", W, "Een netwerkpartner (ring keten) heeft een netwerkcontact."},
    {shelter_address_not_secret, "NK504", W, "Een vrouwenopvang heeft een geheim adres."},
    {no_veilig_thuis, "NK505", W, "site.yaml noemt Veilig Thuis (veilig_thuis)."},
    {verified_in_future, "NK506", W, "beheer.gecontroleerd ligt niet na vandaag."},
};

}  // namespace

std::span<const CodeInfo> all_codes() { return codes; }

const CodeInfo& info(Code code) {
  // The table is in enum order; a test checks that it stays so.
  return codes[static_cast<std::size_t>(code)];
}

}  // namespace nk
