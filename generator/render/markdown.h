#pragma once
#include <string>
#include <string_view>

#include "model/network.h"
#include "render/output.h"

namespace nk {

// Markdown fields to HTML with cmark-gfm (tables, autolinks, strikethrough). Raw HTML is
// never passed through; links with another scheme than http(s)/mailto are dropped (check
// refuses them anyway); entity links (organisatie:<id> ...) become relative URLs from the
// page, or plain text when that section is not part of the build; images become links,
// so a page loads nothing from another host; headings are moved below the page's own.
class MarkdownRenderer {
 public:
  MarkdownRenderer(const Network& network, const Sections& sections);

  // `page` is the site-root-relative path of the page the HTML goes on.
  std::string to_html(const Markdown& markdown, std::string_view page, int first_heading_level = 3) const;

 private:
  const Network& network_;
  Sections sections_;
};

}  // namespace nk
