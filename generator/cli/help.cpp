// Help texts, written for partners who edit their organisation's file, not for programmers.
#include "cli/help.h"

namespace nk {

std::string main_help_text() {
  return R"(netwerkkaart: maakt van de gegevens over het netwerk een portal voor professionals.

Gebruik:
  netwerkkaart check [opties]    controleer de gegevens in data/ en content/

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

}  // namespace nk
