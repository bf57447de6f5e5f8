#pragma once
// Text as XML character data or attribute value (SVG, sitemap.xml): & < > " ' escaped.
#include <string>
#include <string_view>

namespace nk {

std::string xml_escape(std::string_view text);

}  // namespace nk
