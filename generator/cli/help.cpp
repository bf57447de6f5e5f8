// Help texts, written for partners who edit their organisation's file, not for programmers.
#include "cli/help.h"

#include <filesystem>

namespace nk {

std::string main_help_text() {
  return R"(netwerkkaart: maakt van de gegevens over het netwerk een portal voor professionals.

Gebruik:
  netwerkkaart check [opties]    controleer de gegevens in data/ en content/
  netwerkkaart build [opties]    controleer de gegevens en maak de portal in site/

Opties voor alle opdrachten:
  -h, --help      toon hulp (ook: netwerkkaart check --help)
  --versie        toon het versienummer

Afsluitcodes: 0 in orde (waarschuwingen mogen), 1 fouten in de gegevens,
2 verkeerd gebruik van de opdracht, 3 een bestand of map kon niet gelezen worden.
)";
}

std::string check_help_text() {
  return R"(netwerkkaart check: controleer de gegevens voordat ze op de portal komen.

Elk probleem krijgt een regel met bestand:regel:kolom, een code (zoals NK101),
een uitleg in gewone taal, en waar het kan een suggestie om het op te lossen.
Alle problemen komen in een keer; je hoeft niet na elke correctie opnieuw te beginnen.

Gebruik:
  netwerkkaart check [--data MAP] [--content MAP] [--format tekst|github|json]
                     [--strikt] [--vandaag JJJJ-MM-DD]

Opties:
  --data MAP        de map met de gegevens (standaard: data)
  --content MAP     de map met de pagina's in Markdown (standaard: content)
  --format VORM     tekst:  leesbaar, met de regel uit het bestand en een ^ eronder
                    github: meldingen bij de regels van een pull request (GitHub Actions)
                    json:   voor andere programma's; zie docs/diagnostics.md
  --strikt          behandel waarschuwingen als fouten (afsluitcode 1)
  --vandaag DATUM   doe alsof het vandaag DATUM is (voor "verouderd" en "toestemming")
  -j N              lees met N tegelijk (standaard: het aantal processorkernen)
  -h, --help        toon deze hulp

Fouten moeten opgelost worden voordat de portal gebouwd kan worden.
Waarschuwingen (zoals "mogelijk verouderd" of "geen aandachtsfunctionaris") wijzen
op iets om na te kijken; de portal wordt dan wel gebouwd.

Voorbeelden:
  netwerkkaart check
  netwerkkaart check --data data --format github

Afsluitcodes: 0 in orde, 1 fouten (of waarschuwingen met --strikt),
2 verkeerd gebruik, 3 een bestand of map kon niet gelezen worden.
De lijst van alle codes staat in docs/diagnostics.md.
)";
}

std::string build_help_text() {
  return R"(netwerkkaart build: maak de portal van de gegevens.

Eerst worden de gegevens gecontroleerd zoals bij 'netwerkkaart check'. Bij een fout
wordt niets gebouwd en blijft de vorige site staan. Anders komt de nieuwe site in een
keer op zijn plaats: een lezer ziet nooit een half geschreven site.

Gebruik:
  netwerkkaart build [--data MAP] [--content MAP] [--theme MAP] [--out MAP]
                     [--profiel professionals|openbaar] [--vandaag JJJJ-MM-DD] [-j N]
                     [--cache MAP]

Opties:
  --data MAP        de map met de gegevens (standaard: data)
  --content MAP     de map met de pagina's in Markdown (standaard: content)
  --theme MAP       een thema dat losse sjablonen of bestanden van het standaardthema vervangt
  --out MAP         waar de site komt (standaard: site)
  --cache MAP       waar de opmaak van de netwerkkaarten bewaard wordt voor een volgende
                    build (standaard: .netwerkkaart-cache naast de --out-map); mag altijd
                    weg, dan duurt de volgende build wat langer
  --profiel P       professionals (standaard): contactpersonen met toestemming, niet
                    vindbaar voor zoekmachines; bedoeld achter de toegang van de partners.
                    openbaar: alleen personen met 'publicatie: openbaar'.
  --vandaag DATUM   doe alsof het vandaag DATUM is; dezelfde gegevens en datum geven
                    byte voor byte dezelfde site
  -j N              werk met N tegelijk (standaard: het aantal processorkernen)
  -h, --help        toon deze hulp

Afsluitcodes: 0 gebouwd, 1 fouten in de gegevens (niets gebouwd),
2 verkeerd gebruik, 3 een bestand of map kon niet gelezen of geschreven worden.
)";
}

std::string default_theme_dir() {
  std::error_code ec;
  if (std::filesystem::is_directory("themes/default", ec)) return "themes/default";
  return NETWERKKAART_THEME_DIR;
}

}  // namespace nk
