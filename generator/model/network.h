#pragma once
// The network as the data describes it: plain structs, built once by the load stage,
// read (never changed) by every later stage. The Dutch key each field comes from is
// given beside it; docs/datamodel.md has the full mapping.
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "model/enums.h"
#include "model/source_position.h"
#include "model/values.h"

namespace nk {

using MaybeMarkdown = Maybe<Markdown>;

// beheer: who maintains an entry, and when it was last verified.
struct Stewardship {
  Text contact;         // contact: e-mail address or github:<handle>
  Located<Date> verified;  // gecontroleerd
  SourcePosition at;
};

// werkgebied: the whole region, or a list of municipalities.
struct ServiceArea {
  bool whole_region = true;          // `regio`, or absent
  std::vector<IdRef> municipalities;  // gemeente ids
  SourcePosition at;
};

struct Site {
  Text title;                    // titel
  Text region;                   // regio
  MaybeText base_url;            // basis_url
  MaybeText maintainer_name;     // beheer.naam
  MaybeText maintainer_email;    // beheer.email
  MaybeText veilig_thuis;        // veilig_thuis: organisation id
  Located<int> stale_after_months{12, {}};  // verouderd_na_maanden
  SourcePosition at;
};

struct Municipality {  // gemeenten.yaml
  Text id;
  Text name;                    // naam
  Maybe<bool> centre;           // centrumgemeente
  MaybeText subregion;          // subregio
  SourcePosition at;
};

struct OrganisationKind {  // soorten.yaml
  Text id;
  Text name;
  SourcePosition at;
};

struct Specialism {  // specialismen.yaml
  Text id;
  Text name;
  MaybeMarkdown description;     // omschrijving
  MaybeText parent;              // valt_onder
  std::vector<Text> synonyms;    // synoniemen
  SourcePosition at;
};

struct Term {  // begrippen.yaml
  Text id;
  bool id_explicit = false;      // false: the slug of `term`
  Text term;
  MaybeText abbreviation;        // afkorting
  MaybeMarkdown explanation;     // uitleg
  std::vector<IdRef> see_also;   // zie_ook
  SourcePosition at;
};

struct Address {  // adres
  MaybeText street;      // straat
  MaybeText postcode;
  MaybeText place;       // plaats
  Maybe<bool> secret;    // geheim: street and postcode appear in no output
  SourcePosition at;
  bool is_secret() const { return secret && secret->value; }
};

struct Relation {  // relaties item
  IdRef organisation;
  Located<RelationKind> kind;  // soort
  MaybeText note;              // toelichting
  SourcePosition at;
};

struct Contact {  // contactpersonen item
  Text id;
  bool id_explicit = false;
  Text name;
  MaybeText function;                       // functie
  std::vector<Located<ContactRole>> roles;  // rollen
  std::vector<IdRef> specialisms;
  MaybeText email;
  Maybe<PhoneNumber> phone;                 // telefoon
  MaybeText availability;                   // bereikbaarheid
  Maybe<Date> focal_training;               // af_training
  std::vector<Located<BasicKnowledge>> basic_knowledge;  // basiskennis
  Maybe<bool> recognised;                   // erkend
  Located<Publication> publication{Publication::professionals, {}};
  Maybe<Date> consent;                      // toestemming
  SourcePosition at;
  bool has_role(ContactRole role) const {
    for (const auto& r : roles) if (r.value == role) return true;
    return false;
  }
};

struct AccessRoute {  // toegang item
  Located<AccessKind> route;
  std::vector<IdRef> via_organisations;  // door
  MaybeText meeting;                     // overleg
  MaybeText note;                        // toelichting
  SourcePosition at;
};

struct Service {  // aanbod item
  Text id;
  Text name;
  Maybe<ServiceKind> kind;                      // soort
  MaybeMarkdown description;                    // omschrijving
  std::vector<IdRef> specialisms;
  std::vector<Located<Audience>> audiences;     // doelgroep
  std::vector<Located<Intensity>> intensities;  // zwaarte
  std::vector<AccessRoute> access;              // toegang
  MaybeText waiting_time;                       // wachttijd
  MaybeText costs;                              // kosten
  ServiceArea area;                             // werkgebied
  MaybeText website;
  MaybeText contact;                            // contact id within the organisation
  SourcePosition at;
};

struct Organisation {  // organisaties/<id>.yaml
  Text id;
  Text name;
  MaybeText abbreviation;              // afkorting
  IdRef kind;                          // soort
  Located<Ring> ring{Ring::chain, {}};
  MaybeMarkdown description;           // omschrijving
  MaybeText website;
  MaybeText email;
  Maybe<PhoneNumber> phone;            // telefoon
  MaybeText availability;              // bereikbaarheid
  std::optional<Address> address;     // adres
  ServiceArea area;                    // werkgebied
  std::vector<IdRef> specialisms;
  MaybeMarkdown consultation;          // consultatie
  Maybe<Date> declaration_signed;      // intentieverklaring
  Maybe<bool> reporting_protocol;      // meldcodeprotocol
  std::vector<Relation> relations;     // relaties
  std::vector<Contact> contacts;       // contactpersonen
  std::vector<Service> services;       // aanbod
  Stewardship stewardship;             // beheer
  SourcePosition at;
};

struct Registration {  // aanmelden (of an overleg)
  MaybeText organisation;
  MaybeText contact;
  MaybeText email;
  MaybeText website;
  SourcePosition at;
};

struct Escalation {  // opschaling
  Located<int> layer;                 // laag 1..5
  std::vector<IdRef> escalates_to;    // escaleert_naar
  SourcePosition at;
};

struct Meeting {  // overleggen/<id>.yaml
  Text id;
  Text name;
  MaybeText abbreviation;
  Maybe<MeetingKind> kind;             // soort
  Maybe<Level> level;                  // niveau
  ServiceArea area;
  std::vector<IdRef> specialisms;
  MaybeMarkdown purpose;               // doel
  MaybeMarkdown criteria;              // aanmeldcriteria
  std::optional<Registration> registration;  // aanmelden
  MaybeText chair;                     // voorzitter
  std::vector<IdRef> participants;     // deelnemers
  MaybeText frequency;                 // frequentie
  std::optional<Escalation> escalation;
  bool escalation_unreadable = false;  // opschaling given, but its laag was not usable
  Stewardship stewardship;
  SourcePosition at;
};

struct Session {  // sessies item
  Located<DateTime> start;
  Located<DateTime> end;               // eind
  MaybeText location;                  // locatie
  Maybe<bool> online;
  Maybe<int> seats;                    // plaatsen
  Located<SessionStatus> status{SessionStatus::planned, {}};
  SourcePosition at;
};

struct Training {  // trainingen/<id>.yaml
  Text id;
  Text name;
  MaybeText provider;                  // aanbieder: organisation id
  MaybeMarkdown description;
  std::vector<Located<Audience>> audiences;
  std::vector<IdRef> specialisms;
  Maybe<EuroAmount> costs;             // kosten
  MaybeText accreditation;             // accreditatie
  MaybeText registration;              // aanmelden: url or e-mail address
  Maybe<bool> open_to_external;        // open_voor_externen
  std::vector<Session> sessions;       // sessies
  Stewardship stewardship;
  SourcePosition at;
};

struct DateRange {  // datums item; `to` is inclusive
  Located<Date> from;   // van
  Maybe<Date> to;       // tot
  SourcePosition at;
};

struct YearlyRule {  // jaarlijks
  Located<int> month;       // maand
  Maybe<int> day;           // dag
  Maybe<Weekday> weekday;   // weekdag
  Maybe<int> nth;           // nummer: 1..4, or -1 for `laatste`
  SourcePosition at;
};

struct Material {  // materialen item
  Text title;  // titel
  Text url;
  SourcePosition at;
};

struct AgendaItem {  // agenda/<id>.yaml
  Text id;
  Text name;
  Maybe<AgendaKind> kind;
  MaybeMarkdown description;
  std::vector<IdRef> specialisms;
  MaybeText lead_organisation;   // trekker
  MaybeText working_group;       // werkgroep
  std::vector<Located<Audience>> audiences;
  MaybeMarkdown actions;         // acties
  std::vector<Material> materials;
  std::vector<DateRange> dates;  // datums
  std::optional<YearlyRule> yearly;
  Maybe<int> duration_days;      // duur_dagen
  Stewardship stewardship;
  SourcePosition at;
};

struct NextStep {  // volgende item
  IdRef step;           // stap
  MaybeText condition;  // als
  SourcePosition at;
};

struct RouteStep {  // stappen item
  Text id;
  bool id_explicit = false;
  Text title;                   // titel
  MaybeMarkdown explanation;    // uitleg
  std::vector<IdRef> who;       // wie: organisation ids
  std::vector<NextStep> next;   // volgende
  SourcePosition at;
};

struct Route {  // routes/<id>.yaml
  Text id;
  Text name;
  MaybeMarkdown description;
  std::vector<RouteStep> steps;  // stappen
  Stewardship stewardship;
  SourcePosition at;
};

struct ContentPage {  // content/<slug>.md
  Text slug;
  Text title;             // titel
  MaybeText summary;      // samenvatting
  Maybe<int> menu;        // order in the menu
  Located<Markdown> body;
  SourcePosition at;
};

// Id -> position in its vector, for one kind.
using IdIndex = std::unordered_map<std::string, std::size_t>;

struct Network {
  std::vector<std::string> source_files;  // SourcePosition::file indexes this

  Site site;
  std::vector<Municipality> municipalities;
  std::vector<OrganisationKind> organisation_kinds;
  std::vector<Specialism> specialisms;
  std::vector<Term> terms;
  std::vector<Organisation> organisations;  // sorted by id, like every list below
  std::vector<Meeting> meetings;
  std::vector<Training> trainings;
  std::vector<AgendaItem> agenda;
  std::vector<Route> routes;
  std::vector<ContentPage> pages;

  IdIndex municipality_index;
  IdIndex kind_index;
  IdIndex specialism_index;
  IdIndex term_index;
  IdIndex organisation_index;
  IdIndex meeting_index;
  IdIndex training_index;
  IdIndex agenda_index;
  IdIndex route_index;
  IdIndex page_index;
  // Ids whose file exists but could not be read (reported already): references to them
  // are not reported again. A catalogue file that could not be read leaves its flag false.
  std::unordered_set<std::string> unreadable_ids;  // "organisatie:x", "overleg:y", ...
  bool municipalities_read = false, kinds_read = false, specialisms_read = false, terms_read = false;
  // aanbod id -> (organisation index, service index)
  std::unordered_map<std::string, std::pair<std::size_t, std::size_t>> service_index;

  const std::string& file_of(const SourcePosition& at) const { return source_files.at(at.file); }
};

}  // namespace nk
