#pragma once
// Which pages are open in a browser right now: each open page keeps a server-sent events
// connection that names it. After an edit those pages are rendered first, so what the
// editor looks at changes at once and the complete site follows.
#include <cstddef>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>

namespace nk {

// The site file a page URL shows ("/organisaties/ggd/" -> "organisaties/ggd/index.html"),
// or nothing for what is not a clean path to an HTML page in the site.
std::optional<std::string> page_file_of_url(const std::string& url_path);

class OpenPages {
 public:
  static constexpr std::size_t max_pages = 64;  // more open pages just wait for the complete build

  void opened(const std::string& file);
  void closed(const std::string& file);
  std::set<std::string> files() const;

 private:
  mutable std::mutex mutex_;
  std::map<std::string, std::size_t> open_;  // file -> connections showing it
};

}  // namespace nk
