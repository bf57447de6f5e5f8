#include "load/markdown_links.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <memory>
#include <mutex>

namespace nk {

std::vector<MarkdownLink> find_markdown_links(const std::string& text) {
  std::vector<MarkdownLink> links;
  // Only explicit links can carry a bad scheme or an id; most texts have none.
  if (text.find('[') == std::string::npos && text.find('<') == std::string::npos) return links;
  static cmark_syntax_extension* const autolink = [] {
    cmark_gfm_core_extensions_ensure_registered();
    return cmark_find_syntax_extension("autolink");
  }();
  std::unique_ptr<cmark_parser, void (*)(cmark_parser*)> parser(cmark_parser_new(CMARK_OPT_DEFAULT),
                                                                 cmark_parser_free);
  if (autolink) cmark_parser_attach_syntax_extension(parser.get(), autolink);
  cmark_parser_feed(parser.get(), text.data(), text.size());
  std::unique_ptr<cmark_node, void (*)(cmark_node*)> root(cmark_parser_finish(parser.get()), cmark_node_free);
  std::unique_ptr<cmark_iter, void (*)(cmark_iter*)> iter(cmark_iter_new(root.get()), cmark_iter_free);
  for (auto ev = cmark_iter_next(iter.get()); ev != CMARK_EVENT_DONE; ev = cmark_iter_next(iter.get())) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter.get());
    auto type = cmark_node_get_type(node);
    if (type != CMARK_NODE_LINK && type != CMARK_NODE_IMAGE) continue;
    const char* url = cmark_node_get_url(node);
    links.push_back({url ? url : "", cmark_node_get_start_line(node), cmark_node_get_start_column(node)});
  }
  return links;
}

}  // namespace nk
