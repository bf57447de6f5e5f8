// Starting files for partners: every key the format knows, explained in Dutch. Required
// keys are filled in with values that pass `check`; optional keys are comments to
// uncomment, so a new file never carries made-up data onto the portal.
#include "cli/new_command.h"

#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/today.h"
#include "load/load_network.h"
#include "text/slug.h"
#include "values/dates.h"

namespace fs = std::filesystem;

namespace nk {

namespace {

const char* folder_of(const std::string& kind) {
  if (kind == "organisatie") return "organisaties";
  if (kind == "training") return "trainingen";
  if (kind == "agenda") return "agenda";
  if (kind == "overleg") return "overleggen";
  return nullptr;
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

constexpr const char* beheer_block = R"(
# Wie deze gegevens bijhoudt en wanneer ze voor het laatst gecontroleerd zijn (verplicht).
# Na 'verouderd_na_maanden' (standaard 12) maanden zonder controle toont de portal
# "mogelijk verouderd" en krijgt de contactpersoon een herinnering.
beheer:
  contact: github:jouw-gebruikersnaam   # PAS AAN: je e-mailadres of github:<gebruikersnaam>
  gecontroleerd: {{vandaag}}             # de datum waarop je alles hebt nagekeken
)";

constexpr const char* organisation_template = R"(# Nieuwe organisatie '{{id}}' voor de netwerkkaart.
# Regels die beginnen met '#' zijn uitleg; haal het '#' weg voor een sleutel die je wilt
# gebruiken. Controleer daarna met: netwerkkaart check
# Alle sleutels en waarden staan in CONTRIBUTING.md.

naam: Naam van de organisatie   # PAS AAN: de volledige naam (verplicht)
# afkorting: ABC

# Soort organisatie (verplicht), een van: {{soorten}}
soort: {{soort}}   # PAS AAN

# keten: netwerkpartner in de aanpak (standaard); tweede-ring: vindplaats of partner
# buiten de keten. Netwerkpartners horen een aandachtsfunctionaris en een
# netwerkcontact te hebben (anders een waarschuwing).
ring: keten

# Wat de organisatie doet, in Markdown (koppen, lijstjes, [links](https://...)).
# omschrijving: |
#   Een paar zinnen over de organisatie.

# Contactgegevens van de organisatie zelf (functieadressen, geen persoonlijke):
# website: https://www.voorbeeld.nl
# email: info@voorbeeld.nl
# telefoon: 043 123 4567
# bereikbaarheid: maandag tot en met vrijdag 9.00-17.00 uur

# Adres. Met 'geheim: true' (bijvoorbeeld vrouwenopvang) verschijnen straat en postcode
# nergens op de portal; alleen de plaats.
# adres:
#   straat: Voorbeeldstraat 1
#   postcode: 6211 AA
#   plaats: Maastricht
#   geheim: false

# Werkgebied: 'regio' (alle gemeenten, standaard) of een lijst gemeente-ids uit gemeenten.yaml.
werkgebied: regio
# werkgebied: [maastricht, heerlen]

# Specialismen (ids uit specialismen.yaml) waarin de organisatie expertise heeft.
# specialismen: [huiselijk-geweld, kindermishandeling]

# Hoe professionals advies of consultatie kunnen vragen (Markdown).
# consultatie: |
#   Bel het consultatienummer op werkdagen.

# intentieverklaring: 2026-01-15   # datum waarop de intentieverklaring getekend is
# meldcodeprotocol: true          # true of false: heeft de organisatie een meldcodeprotocol?

# Relaties met andere organisaties. soort: verwijst-naar, werkt-samen-met,
# onderdeel-van of financiert.
# relaties:
#   - organisatie: veilig-thuis-zuid-limburg
#     soort: werkt-samen-met
#     toelichting: Wekelijks casusoverleg.

# Contactpersonen. Over een persoon wordt niets gepubliceerd zonder 'toestemming': de
# datum waarop deze persoon instemde met publicatie (niet na vandaag).
# rollen: aandachtsfunctionaris, aanspreekpunt (dan ook specialismen), netwerkcontact,
# ervaringsdeskundige. publicatie: professionals (standaard) of openbaar.
# contactpersonen:
#   - naam: Voornaam Achternaam
#     functie: Aandachtsfunctionaris
#     rollen: [aandachtsfunctionaris, netwerkcontact]
#     email: v.achternaam@voorbeeld.nl
#     telefoon: 06 12345678
#     af_training: 2025-03-12          # datum van de afgeronde AF-training
#     basiskennis: [trauma, gezinsprofielen]
#     publicatie: professionals
#     toestemming: {{vandaag}}

# Aanbod: hulp, interventies, opvang, consultatie, preventie, voorlichting. Elk aanbod
# heeft een eigen id, uniek in de hele regio.
# soort: interventie, hulpaanbod, opvang, consultatie, preventie of voorlichting.
# toegang.route: zelfmelding, verwijzing, consultatie of via-overleg.
# aanbod:
#   - id: {{id}}-voorbeeldaanbod
#     naam: Naam van het aanbod
#     soort: hulpaanbod
#     omschrijving: |
#       Wat het aanbod is en voor wie.
#     specialismen: [huiselijk-geweld]
#     doelgroep: [volwassenen, slachtoffers]
#     zwaarte: [licht, middelzwaar]
#     toegang:
#       - route: verwijzing
#         door: [veilig-thuis-zuid-limburg]
#         toelichting: Na verwijzing door Veilig Thuis.
#     wachttijd: ongeveer twee weken
#     kosten: gratis
)";

constexpr const char* training_template = R"(# Nieuwe training '{{id}}' voor de netwerkkaart.
# Regels die beginnen met '#' zijn uitleg; haal het '#' weg voor een sleutel die je wilt
# gebruiken. Controleer daarna met: netwerkkaart check

naam: Naam van de training   # PAS AAN (verplicht)
# aanbieder: veilig-thuis-zuid-limburg   # id van de organisatie die de training geeft

# omschrijving: |
#   Wat deelnemers leren, in Markdown.

# Doelgroep: kinderen, jongeren, ouders, volwassenen, ouderen, plegers, slachtoffers,
# professionals, vrijwilligers, scholen, inwoners.
doelgroep: [professionals]
# specialismen: [huiselijk-geweld]

# kosten: 0          # bedrag in euro; 0 betekent gratis
# accreditatie: SKJ 4 punten
# aanmelden: https://www.voorbeeld.nl/aanmelden   # webadres of e-mailadres
# open_voor_externen: true

# Sessies: 'start' en 'eind' als "JJJJ-MM-DD UU:MM" (Nederlandse tijd); eind na start.
# Minstens een van 'locatie' en 'online: true' (allebei: hybride).
# status: gepland (standaard), vol of geannuleerd.
# sessies:
#   - start: "2027-03-10 09:00"
#     eind: "2027-03-10 12:30"
#     locatie: Stadhuis Maastricht
#     online: false
#     plaatsen: 20
#     status: gepland
)";

constexpr const char* agenda_template = R"(# Nieuw agendapunt '{{id}}' voor de jaaragenda.
# Regels die beginnen met '#' zijn uitleg; haal het '#' weg voor een sleutel die je wilt
# gebruiken. Controleer daarna met: netwerkkaart check

naam: Naam van de dag, week of bijeenkomst   # PAS AAN (verplicht)

# Soort: themadag, themaweek, campagne, netwerkbijeenkomst of voorlichting.
soort: themadag

# omschrijving: |
#   Waar het over gaat, in Markdown.
# specialismen: [kindermishandeling]

# Wie het trekt: een organisatie-id (trekker) of een werkgroep (tekst).
# trekker: veilig-thuis-zuid-limburg
# werkgroep: Werkgroep communicatie

# doelgroep: [inwoners, professionals]
# acties: |
#   - Wat partners kunnen doen.
# materialen:
#   - titel: Toolkit
#     url: https://www.voorbeeld.nl/toolkit

# Wanneer: precies een van 'datums' en 'jaarlijks'.
# datums: een of meer periodes; 'tot' (tot en met) mag weg bij een enkele dag.
datums:
  - van: {{vandaag}}   # PAS AAN
#   - van: 2027-05-10
#     tot: 2027-05-14

# jaarlijks: elk jaar op dezelfde dag (maand + dag) of de zoveelste weekdag van een
# maand (maand + weekdag + nummer 1-4 of laatste). duur_dagen: aantal dagen (standaard 1).
# jaarlijks:
#   maand: 11
#   weekdag: maandag
#   nummer: 3
# duur_dagen: 7
)";

constexpr const char* meeting_template = R"(# Nieuw overleg '{{id}}' voor de netwerkkaart.
# Regels die beginnen met '#' zijn uitleg; haal het '#' weg voor een sleutel die je wilt
# gebruiken. Controleer daarna met: netwerkkaart check

naam: Naam van het overleg   # PAS AAN (verplicht)
# afkorting: MDO

# Soort: casusoverleg, netwerkoverleg, lerend-netwerk of bestuurlijk.
soort: netwerkoverleg
# Niveau: lokaal, subregionaal, regionaal of provinciaal.
niveau: regionaal
# Werkgebied: 'regio' (standaard) of een lijst gemeente-ids.
werkgebied: regio
# specialismen: [huiselijk-geweld]

# doel: |
#   Waarvoor het overleg er is (Markdown).
# aanmeldcriteria: |
#   Wanneer je een casus aanmeldt (Markdown).
# aanmelden:
#   organisatie: veilig-thuis-zuid-limburg   # organisatie-id
#   contact: voornaam-achternaam             # id van een contactpersoon van die organisatie
#   email: aanmelden@voorbeeld.nl
#   website: https://www.voorbeeld.nl/aanmelden

# voorzitter: veilig-thuis-zuid-limburg      # organisatie-id
# deelnemers: [veilig-thuis-zuid-limburg, politie-limburg]
# frequentie: eens per maand

# Plaats in de opschalingsstructuur: laag 1 (lokaal) tot 5; escaleert_naar noemt
# overleggen van een hogere laag.
# opschaling:
#   laag: 2
#   escaleert_naar: [mda-plus-plus]
)";

}  // namespace

std::string starter_file(const std::string& kind, const std::string& id, const std::string& today,
                         const std::vector<std::string>& kinds) {
  std::string text;
  if (kind == "organisatie") text = organisation_template;
  else if (kind == "training") text = training_template;
  else if (kind == "agenda") text = agenda_template;
  else if (kind == "overleg") text = meeting_template;
  else return {};
  text += beheer_block;
  std::string list;
  for (const auto& k : kinds) list += (list.empty() ? "" : ", ") + k;
  text = replace_all(text, "{{soorten}}", list.empty() ? "zie soorten.yaml" : list);
  text = replace_all(text, "{{soort}}", kinds.empty() ? "wijkteam" : kinds.front());
  text = replace_all(text, "{{vandaag}}", today);
  return replace_all(text, "{{id}}", id);
}

int run_new(const NewCommandOptions& options) {
  const char* folder = folder_of(options.kind);
  if (!folder) {
    std::cerr << "netwerkkaart: onbekende soort '" << options.kind
              << "'; kies organisatie, training, agenda of overleg\nZie 'netwerkkaart new --help'.\n";
    return 2;
  }
  if (!is_valid_id(options.id)) {
    std::cerr << "netwerkkaart: '" << options.id << "' is geen geldige id; gebruik kleine letters, cijfers en "
              << "streepjes, zoals '" << slugify(options.id) << "'\n";
    return 2;
  }
  std::string error;
  auto today = resolve_today(options.today, error);
  if (!today) {
    std::cerr << "netwerkkaart: " << error << "\n";
    return 2;
  }
  std::error_code ec;
  if (!fs::is_directory(options.data_dir, ec)) {
    std::cerr << "netwerkkaart: de map '" << options.data_dir << "' bestaat niet\n";
    return 3;
  }
  fs::path dir = fs::path(options.data_dir) / folder;
  fs::path target = dir / (options.id + ".yaml");
  for (const char* ext : {".yaml", ".yml"}) {
    fs::path existing = dir / (options.id + ext);
    if (fs::exists(fs::symlink_status(existing, ec))) {
      std::cerr << "netwerkkaart: " << existing.string() << " bestaat al; dat bestand wordt niet overschreven\n";
      return 2;
    }
  }
  // The organisation kinds of this data set, so the file is valid here and lists the choices.
  std::vector<std::string> kinds;
  if (options.kind == "organisatie") {
    LoadOptions load;
    load.data_dir = options.data_dir;
    load.content_dir = "";
    load.threads = 1;
    LoadResult loaded = load_network(load);
    for (const auto& k : loaded.network.organisation_kinds) kinds.push_back(k.id.value);
  }
  fs::create_directories(dir, ec);
  // O_EXCL semantics: the file is created only if it still does not exist.
  std::FILE* f = std::fopen(target.c_str(), "wx");
  if (!f) {
    std::cerr << "netwerkkaart: kan " << target.string() << " niet schrijven\n";
    return 3;
  }
  std::string text = starter_file(options.kind, options.id, format_date(*today), kinds);
  bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  ok = std::fclose(f) == 0 && ok;
  if (!ok) {
    std::cerr << "netwerkkaart: kan " << target.string() << " niet schrijven\n";
    return 3;
  }
  std::cout << target.string() << " aangemaakt; vul de regels met 'PAS AAN' in en controleer met "
            << "'netwerkkaart check'\n";
  return 0;
}

}  // namespace nk
