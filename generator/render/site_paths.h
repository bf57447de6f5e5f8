#pragma once
// Where each page lives, and links between pages. Every link is relative and names a
// file (".../index.html"), so the site works from any sub-path and opened from disk.
#include <string>
#include <string_view>

#include "values/links.h"

namespace nk {

// Site-root-relative path of an entity's page, e.g. "organisaties/ggd/index.html".
// Begrippen share one page: "begrippen/index.html#<id>".
std::string entity_path(EntityKind kind, std::string_view id);

// The URL that leads from the page at `from` to `to` (both site-root-relative paths):
// relative_url("organisaties/ggd/index.html", "specialismen/index.html")
//   == "../../specialismen/index.html".
std::string relative_url(std::string_view from, std::string_view to);

// "../../" for a page two folders deep: the way back to the site root.
std::string root_prefix(std::string_view from);

}  // namespace nk
