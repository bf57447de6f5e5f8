#include "render/maps/map_graph.h"

#include <algorithm>
#include <cmath>

namespace nk {

namespace {

// DejaVu Sans advance widths for ASCII 0x20..0x7e, in 1/1000 em.
constexpr unsigned short ascii_widths[95] = {
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,  // ' ' .. '/'
    636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,  // '0' .. '?'
    1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,  // '@' .. 'O'
    603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,   // 'P' .. '_'
    500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,   // '`' .. 'o'
    635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838};       // 'p' .. '~'
constexpr unsigned short other_width = 780;  // any other code point: wider than é, ë, €

}  // namespace

double text_width(std::string_view text, bool bold) {
  double units = 0;
  for (std::size_t i = 0; i < text.size();) {  // by UTF-8 code point
    unsigned char c = static_cast<unsigned char>(text[i]);
    std::size_t n = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    units += n == 1 && c >= 0x20 && c < 0x7f ? ascii_widths[c - 0x20] : other_width;
    i += n;
  }
  // DejaVu Sans Bold is about 10% wider.
  return units / 1000.0 * map_font_size * (bold ? 1.12 : 1.0);
}

std::vector<std::string> wrap_label(std::string_view text, double width, int max_lines) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (!word.empty()) words.push_back(std::move(word)), word.clear();
    } else {
      word.push_back(c);
    }
  }
  if (!word.empty()) words.push_back(std::move(word));

  std::vector<std::string> lines;
  std::string line;
  for (const auto& w : words) {
    std::string candidate = line.empty() ? w : line + " " + w;
    if (line.empty() || text_width(candidate) <= width) {
      line = std::move(candidate);
      continue;
    }
    lines.push_back(std::move(line));
    line = w;
  }
  if (!line.empty()) lines.push_back(std::move(line));
  const bool cut = static_cast<int>(lines.size()) > max_lines;
  if (cut) lines.resize(static_cast<std::size_t>(max_lines));
  if (cut && !lines.empty()) {
    // Shorten the last line word by word until the ellipsis fits.
    std::string& last = lines.back();
    while (text_width(last + " …") > width) {
      auto space = last.rfind(' ');
      if (space == std::string::npos) break;
      last.resize(space);
    }
    last += " …";
  }
  return lines;
}

void measure_node(MapNode& node) {
  if (node.lines.empty()) node.lines = wrap_label(node.name);
  if (node.lines.empty()) node.lines.push_back("");
  double widest = 0;
  for (const auto& line : node.lines) widest = std::max(widest, text_width(line, node.bold));
  // Whole points, so the description Graphviz gets (and the cache key) has no rounding noise.
  node.width = std::ceil(widest + 2 * map_node_padding_x);
  node.height = std::ceil(static_cast<double>(node.lines.size()) * map_line_height + 2 * map_node_padding_y);
}

std::size_t add_node(MapGraph& graph, MapNode node) {
  measure_node(node);
  graph.nodes.push_back(std::move(node));
  return graph.nodes.size() - 1;
}

}  // namespace nk
