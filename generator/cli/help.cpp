// Help texts, written for partners who edit their organisation's file, not for programmers.
#include "cli/help.h"

#include <filesystem>

namespace nk {

std::string main_help_text() {
  return R"(netwerkkaart: maakt van de gegevens over het netwerk een portal voor professionals.

Gebruik:
  netwerkkaart check [opties]    controleer de gegevens in data/ en content/
  netwerkkaart build [opties]    controleer de gegevens en maak de portal in site/
  netwerkkaart serve [opties]    bouw, toon de portal in je browser en bouw opnieuw bij elke wijziging
  netwerkkaart new SOORT ID      maak een nieuw, ingevuld voorbeeldbestand om aan te passen
                                 (SOORT: organisatie, training, agenda of overleg)
  netwerkkaart diff OUDE_MAP     beschrijf in Markdown wat er verandert ten opzichte van
                                 de gegevens in OUDE_MAP (voor bij een pull request)

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
  netwerkkaart check --verouderd [--format tekst|csv]

Opties:
  --data MAP        de map met de gegevens (standaard: data)
  --content MAP     de map met de pagina's in Markdown (standaard: content)
  --format VORM     tekst:  leesbaar, met de regel uit het bestand en een ^ eronder
                    github: meldingen bij de regels van een pull request (GitHub Actions)
                    json:   voor andere programma's; zie docs/diagnostics.md
                    csv:    alleen met --verouderd, voor een spreadsheet of mailing
  --strikt          behandel waarschuwingen als fouten (afsluitcode 1)
  --verouderd       toon in plaats van de meldingen de lijst van gegevens die langer
                    dan verouderd_na_maanden niet gecontroleerd zijn, met hun
                    beheer.contact: voor de herinneringen van de functionaris
  --vandaag DATUM   doe alsof het vandaag DATUM is (voor "verouderd" en "toestemming")
  -j N              lees met N tegelijk (standaard: het aantal processorkernen)
  -h, --help        toon deze hulp

Fouten moeten opgelost worden voordat de portal gebouwd kan worden.
Waarschuwingen (zoals "mogelijk verouderd" of "geen aandachtsfunctionaris") wijzen
op iets om na te kijken; de portal wordt dan wel gebouwd.

Voorbeelden:
  netwerkkaart check
  netwerkkaart check --data data --format github
  netwerkkaart check --verouderd --format csv > verouderd.csv

Afsluitcodes: 0 in orde, 1 fouten (of waarschuwingen met --strikt),
2 verkeerd gebruik, 3 een bestand of map kon niet gelezen worden.
De lijst van alle codes staat in docs/diagnostics.md.
)";
}

std::string serve_help_text() {
  return R"(netwerkkaart serve: bekijk je wijzigingen meteen in de browser.

Bouwt de portal zoals 'netwerkkaart build' en toont hem op http://127.0.0.1:8080/.
Zodra je een bestand in data/, content/ of het thema opslaat, wordt de portal opnieuw
gebouwd en laden open pagina's zichzelf opnieuw. Staat er een fout in de gegevens, dan
blijft de laatste goede versie staan en toont de browser de fouten, met bestand:regel:kolom.
Alleen voor je eigen computer: de server luistert standaard alleen op 127.0.0.1.

Gebruik:
  netwerkkaart serve [--port POORT] [--bind ADRES] [--data MAP] [--content MAP]
                     [--theme MAP] [--out MAP] [--profiel professionals|openbaar]
                     [--vandaag JJJJ-MM-DD] [-j N]

Opties:
  --port POORT      de poort (standaard: 8080)
  --bind ADRES      het adres waarop de server luistert (standaard: 127.0.0.1)
  de overige opties zijn die van 'netwerkkaart build' (zie netwerkkaart build --help)
  -h, --help        toon deze hulp

Stoppen: Ctrl-C. Afsluitcodes: 0 gestopt, 2 verkeerd gebruik, 3 de poort of een map
kon niet gebruikt worden.
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

std::string new_help_text() {
  return R"(netwerkkaart new: maak een nieuw bestand om in te vullen.

Het bestand bevat alle sleutels met uitleg in het Nederlands. De verplichte sleutels
zijn al ingevuld zodat 'netwerkkaart check' het bestand goedkeurt; pas de regels met
'PAS AAN' aan en haal het '#' weg voor de sleutels die je wilt gebruiken.
Een bestaand bestand wordt nooit overschreven.

Gebruik:
  netwerkkaart new organisatie|training|agenda|overleg ID [--data MAP]

Opties:
  --data MAP        de map met de gegevens (standaard: data)
  --vandaag DATUM   de datum voor 'gecontroleerd' (standaard: vandaag)
  -h, --help        toon deze hulp

Voorbeeld:
  netwerkkaart new organisatie buurtzorg-maastricht
    maakt data/organisaties/buurtzorg-maastricht.yaml

Afsluitcodes: 0 gemaakt, 2 verkeerd gebruik (onbekende soort, ongeldige id, of het
bestand bestaat al), 3 het bestand kon niet geschreven worden.
)";
}

std::string diff_help_text() {
  return R"(netwerkkaart diff: wat verandert deze wijziging aan de gegevens?

Vergelijkt de gegevens in --data met die in OUDE_MAP (bijvoorbeeld de gegevens op de
hoofdtak) en beschrijft in Markdown, geschikt als reactie bij een pull request:
organisaties, contactpersonen, aanbod, overleggen, trainingen, sessies, agendapunten
en routes die erbij komen, verdwijnen of veranderen (veld voor veld), de fouten na de
wijziging, en de waarschuwingen die erbij komen of verdwijnen.

Gebruik:
  netwerkkaart diff OUDE_MAP [--data MAP] [--content MAP] [--vandaag JJJJ-MM-DD]

Opties:
  --data MAP        de gegevens na de wijziging (standaard: data)
  --content MAP     de pagina's in Markdown, voor beide kanten (standaard: content)
  --vandaag DATUM   doe alsof het vandaag DATUM is
  -h, --help        toon deze hulp

Afsluitcodes: 0 (ook als er fouten in de gegevens staan: die staan in het overzicht),
2 verkeerd gebruik, 3 een map kon niet gelezen worden.
)";
}

std::string default_theme_dir() {
  std::error_code ec;
  if (std::filesystem::is_directory("themes/default", ec)) return "themes/default";
  return NETWERKKAART_THEME_DIR;
}

}  // namespace nk
