#pragma once
// Answers a request path from the built site, as `serve` does: never a file outside the
// site, folders as their index.html, the right content type, and in serve mode a small
// script in each HTML page that reloads it when the site changes.
#include <optional>
#include <string>
#include <string_view>

namespace nk {

struct StaticFile {
  std::string path;          // the file on disk
  std::string content_type;  // "text/html; charset=utf-8"
};

// The file for a URL path ("/organisaties/ggd/", "/assets/netwerkkaart.css") under `root`,
// or nothing when it does not exist or would lie outside `root` ("..", symlinks out, NUL).
std::optional<StaticFile> resolve_static_file(const std::string& root, std::string_view url_path);

std::string content_type_for(std::string_view path);

// The HTML with `<script src="script_url" defer></script>` before </body> (or at the end).
std::string inject_script(std::string html, std::string_view script_url);

}  // namespace nk
