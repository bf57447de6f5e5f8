#include "values/links.h"

#include "values/contact_formats.h"

namespace nk {

namespace {
struct Prefix {
  EntityKind kind;
  std::string_view text;
};
constexpr Prefix prefixes[] = {
    {EntityKind::organisation, "organisatie"}, {EntityKind::specialism, "specialisme"},
    {EntityKind::municipality, "gemeente"},    {EntityKind::service, "aanbod"},
    {EntityKind::meeting, "overleg"},          {EntityKind::training, "training"},
    {EntityKind::agenda_item, "agenda"},       {EntityKind::route, "route"},
    {EntityKind::term, "begrip"},
};
}  // namespace

std::string_view entity_prefix(EntityKind kind) {
  for (const auto& p : prefixes)
    if (p.kind == kind) return p.text;
  return {};
}

std::optional<EntityLink> parse_entity_link(std::string_view url) {
  auto colon = url.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  auto prefix = url.substr(0, colon);
  for (const auto& p : prefixes)
    if (p.text == prefix) return EntityLink{p.kind, std::string(url.substr(colon + 1))};
  return std::nullopt;
}

LinkClass classify_link(std::string_view url) {
  for (char c : url) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7f) return LinkClass::refused;
  }
  if (url.empty()) return LinkClass::refused;
  if (url.front() == '#') return LinkClass::anchor;
  if (url.rfind("//", 0) == 0 || url.front() == '\\') return LinkClass::refused;  // another host
  // A scheme is letters, digits, + - . up to the first ':' before any / ? #.
  auto end = url.find_first_of(":/?#");
  if (end != std::string_view::npos && url[end] == ':' && end > 0) {
    if (parse_entity_link(url)) return LinkClass::entity;
    return check_url(url) == UrlProblem::none ? LinkClass::external : LinkClass::refused;
  }
  return LinkClass::relative;
}

}  // namespace nk
