#pragma once
// Repeated components rendered once and shared. A contact card appears on its
// organisation's page and on several directory pages; its HTML depends only on how deep
// the page is (its links climb to the site root and back down), so it is rendered once
// per contact and depth, on whichever thread needs it first.
#include <mutex>
#include <string>
#include <unordered_map>

#include "render/pages/page_frame.h"

namespace nk {

class ComponentCache {
 public:
  explicit ComponentCache(const PageRenderer& renderer) : renderer_(renderer) {}

  // The contact card (template contact-card) for a page at the depth of `page`.
  std::string contact_card(std::size_t organisation, std::size_t contact, const std::string& page,
                           bool with_organisation);

  // A page path at the same depth as `page` that shares no folder with any real page,
  // so that links made from it climb all the way to the root: valid from every page of
  // that depth.
  static std::string canonical_page(const std::string& page);

 private:
  const PageRenderer& renderer_;
  std::mutex mutex_;
  std::unordered_map<std::string, std::string> cards_;
};

}  // namespace nk
