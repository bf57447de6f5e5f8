#include "render/site_paths.h"

namespace nk {

std::string entity_path(EntityKind kind, std::string_view id) {
  std::string i(id);
  switch (kind) {
    case EntityKind::organisation: return "organisaties/" + i + "/index.html";
    case EntityKind::specialism: return "specialismen/" + i + "/index.html";
    case EntityKind::municipality: return "gemeenten/" + i + "/index.html";
    case EntityKind::service: return "aanbod/" + i + "/index.html";
    case EntityKind::meeting: return "overleggen/" + i + "/index.html";
    case EntityKind::training: return "trainingen/" + i + "/index.html";
    case EntityKind::agenda_item: return "agenda/" + i + "/index.html";
    case EntityKind::route: return "routes/" + i + "/index.html";
    case EntityKind::term: return "begrippen/index.html#" + i;
  }
  return "index.html";
}

std::string root_prefix(std::string_view from) {
  std::string prefix;
  for (char c : from)
    if (c == '/') prefix += "../";
  return prefix;
}

std::string relative_url(std::string_view from, std::string_view to) {
  // Drop the folders both paths share, then climb out of the rest of `from`.
  std::size_t common = 0;
  for (std::size_t i = 0; i < from.size() && i < to.size() && from[i] == to[i]; ++i)
    if (from[i] == '/') common = i + 1;
  return root_prefix(from.substr(common)) + std::string(to.substr(common));
}

}  // namespace nk
