#include "render/pages/component_cache.h"

#include "render/pages/page_views.h"

namespace nk {

std::string ComponentCache::canonical_page(const std::string& page) {
  std::string out;
  for (char c : page)
    if (c == '/') out += "_/";
  return out + "index.html";
}

std::string ComponentCache::contact_card(std::size_t o, std::size_t c, const std::string& page, bool with_organisation) {
  std::string canonical = canonical_page(page);
  std::string key = std::to_string(o) + "/" + std::to_string(c) + "/" + canonical + (with_organisation ? "+" : "-");
  {
    std::lock_guard lock(mutex_);
    if (auto it = cards_.find(key); it != cards_.end()) return it->second;
  }
  // Rendered outside the lock; two threads may both render a card once, same bytes.
  std::string html = renderer_.context().theme.render(
      "contact-card", nk::contact_card(renderer_, canonical, o, c, with_organisation));
  std::lock_guard lock(mutex_);
  return cards_.emplace(std::move(key), std::move(html)).first->second;
}

}  // namespace nk
