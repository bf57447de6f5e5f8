#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace nk {

enum class EntityKind { organisation, specialism, municipality, service, meeting, training, agenda_item, route, term };

struct EntityLink {
  EntityKind kind;
  std::string id;
};

enum class LinkClass {
  anchor,    // #section
  relative,  // another page of the portal, relative
  external,  // https, http or mailto
  entity,    // organisatie:<id> and the like
  refused,   // any other scheme, or whitespace/control characters anywhere
};

// How a link in Markdown is treated. Browsers drop tabs and newlines inside URLs, so any
// whitespace or control character makes a link refused, whatever it looks like.
LinkClass classify_link(std::string_view url);

// "organisatie:ggd" -> {organisation, "ggd"}; nullopt for anything else.
std::optional<EntityLink> parse_entity_link(std::string_view url);

// The Dutch prefix of a kind, as written in links ("organisatie").
std::string_view entity_prefix(EntityKind kind);

}  // namespace nk
