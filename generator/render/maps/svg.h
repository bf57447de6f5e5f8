#pragma once
// A laid-out map as inline SVG, written here rather than by Graphviz: no inline colours
// (the theme's CSS classes style it), every text escaped, links relative to the page.
//
// Two stacked <svg> elements: the drawing (role="img" with <title> and <desc>, so a
// screen reader meets one image with a description), and over it a transparent layer with
// one link per node. A link inside role="img" would be hidden from assistive technology
// (its children are presentational, axe: nested-interactive), hence the separate layer.
#include <string>

#include "render/maps/layout.h"
#include "render/maps/map_graph.h"
#include "text/xml_escape.h"

namespace nk {

// The drawing and the link layer, for the page at `page` (site-root-relative).
std::string map_svg(const MapGraph& graph, const MapLayout& layout, const std::string& page);

// A small drawing of one legend entry (aria-hidden: the entry's text says it).
std::string legend_swatch(const LegendItem& item);

}  // namespace nk
