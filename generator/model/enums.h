#pragma once
// Closed vocabularies of the data format. Each enum has its Dutch spelling in
// `names_of<E>()`, which both the loader (parsing, suggestions) and the renderers use.
#include <array>
#include <optional>
#include <span>
#include <string_view>

namespace nk {

enum class Ring { chain, second_ring };  // keten, tweede-ring
enum class ContactRole { focal_officer, fixed_contact, network_contact, lived_experience };
enum class BasicKnowledge { trauma, family_profiles };  // trauma, gezinsprofielen
enum class Publication { professionals, open };
enum class RelationKind { refers_to, works_with, part_of, funds };
enum class AccessKind { self_referral, referral, consultation, via_meeting };
enum class ServiceKind { intervention, support, shelter, consultation, prevention, information };
enum class Intensity { light, medium, heavy };  // licht, middelzwaar, zwaar
enum class Audience {
  children, youth, parents, adults, elderly, perpetrators, victims,
  professionals, volunteers, schools, residents
};
enum class MeetingKind { case_meeting, network_meeting, learning_network, governance };
enum class Level { local, subregional, regional, provincial };
enum class SessionStatus { planned, full, cancelled };  // gepland, vol, geannuleerd
enum class AgendaKind { theme_day, theme_week, campaign, network_meeting, information };
enum class Weekday { monday, tuesday, wednesday, thursday, friday, saturday, sunday };

template <class E>
struct EnumName {
  E value;
  std::string_view dutch;
};

template <class E>
constexpr std::span<const EnumName<E>> names_of();

#define NK_ENUM_NAMES(E, ...)                                              \
  inline constexpr EnumName<E> E##_names[] = {__VA_ARGS__};                \
  template <>                                                              \
  constexpr std::span<const EnumName<E>> names_of<E>() { return E##_names; }

NK_ENUM_NAMES(Ring, {Ring::chain, "keten"}, {Ring::second_ring, "tweede-ring"})
NK_ENUM_NAMES(ContactRole, {ContactRole::focal_officer, "aandachtsfunctionaris"},
              {ContactRole::fixed_contact, "aanspreekpunt"},
              {ContactRole::network_contact, "netwerkcontact"},
              {ContactRole::lived_experience, "ervaringsdeskundige"})
NK_ENUM_NAMES(BasicKnowledge, {BasicKnowledge::trauma, "trauma"},
              {BasicKnowledge::family_profiles, "gezinsprofielen"})
NK_ENUM_NAMES(Publication, {Publication::professionals, "professionals"},
              {Publication::open, "openbaar"})
NK_ENUM_NAMES(RelationKind, {RelationKind::refers_to, "verwijst-naar"},
              {RelationKind::works_with, "werkt-samen-met"},
              {RelationKind::part_of, "onderdeel-van"}, {RelationKind::funds, "financiert"})
NK_ENUM_NAMES(AccessKind, {AccessKind::self_referral, "zelfmelding"},
              {AccessKind::referral, "verwijzing"}, {AccessKind::consultation, "consultatie"},
              {AccessKind::via_meeting, "via-overleg"})
NK_ENUM_NAMES(ServiceKind, {ServiceKind::intervention, "interventie"},
              {ServiceKind::support, "hulpaanbod"}, {ServiceKind::shelter, "opvang"},
              {ServiceKind::consultation, "consultatie"}, {ServiceKind::prevention, "preventie"},
              {ServiceKind::information, "voorlichting"})
NK_ENUM_NAMES(Intensity, {Intensity::light, "licht"}, {Intensity::medium, "middelzwaar"},
              {Intensity::heavy, "zwaar"})
NK_ENUM_NAMES(Audience, {Audience::children, "kinderen"}, {Audience::youth, "jongeren"},
              {Audience::parents, "ouders"}, {Audience::adults, "volwassenen"},
              {Audience::elderly, "ouderen"}, {Audience::perpetrators, "plegers"},
              {Audience::victims, "slachtoffers"}, {Audience::professionals, "professionals"},
              {Audience::volunteers, "vrijwilligers"}, {Audience::schools, "scholen"},
              {Audience::residents, "inwoners"})
NK_ENUM_NAMES(MeetingKind, {MeetingKind::case_meeting, "casusoverleg"},
              {MeetingKind::network_meeting, "netwerkoverleg"},
              {MeetingKind::learning_network, "lerend-netwerk"},
              {MeetingKind::governance, "bestuurlijk"})
NK_ENUM_NAMES(Level, {Level::local, "lokaal"}, {Level::subregional, "subregionaal"},
              {Level::regional, "regionaal"}, {Level::provincial, "provinciaal"})
NK_ENUM_NAMES(SessionStatus, {SessionStatus::planned, "gepland"}, {SessionStatus::full, "vol"},
              {SessionStatus::cancelled, "geannuleerd"})
NK_ENUM_NAMES(AgendaKind, {AgendaKind::theme_day, "themadag"},
              {AgendaKind::theme_week, "themaweek"}, {AgendaKind::campaign, "campagne"},
              {AgendaKind::network_meeting, "netwerkbijeenkomst"},
              {AgendaKind::information, "voorlichting"})
NK_ENUM_NAMES(Weekday, {Weekday::monday, "maandag"}, {Weekday::tuesday, "dinsdag"},
              {Weekday::wednesday, "woensdag"}, {Weekday::thursday, "donderdag"},
              {Weekday::friday, "vrijdag"}, {Weekday::saturday, "zaterdag"},
              {Weekday::sunday, "zondag"})
#undef NK_ENUM_NAMES

template <class E>
constexpr std::string_view dutch_name(E value) {
  for (const auto& n : names_of<E>())
    if (n.value == value) return n.dutch;
  return {};
}

template <class E>
constexpr std::optional<E> parse_dutch(std::string_view text) {
  for (const auto& n : names_of<E>())
    if (n.dutch == text) return n.value;
  return std::nullopt;
}

}  // namespace nk
