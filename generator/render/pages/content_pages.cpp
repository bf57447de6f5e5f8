// <slug>/index.html for each content/<slug>.md: the title as <h1>, the samenvatting as
// lead, the Markdown body with its headings below the title.
//
// Many pages start with "# <titel>" (it reads well in an editor); that heading would repeat
// the <h1> as an <h2>, so a first line "# " + exactly the title is left out. The highest
// heading level left in the body then becomes <h2> (normally # -> <h2>; a body whose
// sections are ## after its title heading gets them as <h2> too), so that no level is
// skipped whichever way the author started.
#include <cmark-gfm.h>

#include <memory>

#include "render/pages/page_views.h"
#include "render/site_paths.h"

namespace nk {

namespace {

std::string trimmed(std::string_view text) {
  std::size_t b = 0, e = text.size();
  while (b < e && (text[b] == ' ' || text[b] == '\t' || text[b] == '\r')) ++b;
  while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r' || text[e - 1] == '#')) --e;
  while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
  return std::string(text.substr(b, e - b));
}

// The body without a first "# <title>" line (after blank lines), or unchanged.
Markdown without_title_heading(const Markdown& body, const std::string& title) {
  const std::string& text = body.text;
  std::size_t at = 0;
  while (at < text.size()) {  // skip blank lines
    std::size_t eol = text.find('\n', at);
    std::string_view line(text.data() + at, (eol == std::string::npos ? text.size() : eol) - at);
    if (!trimmed(line).empty()) break;
    at = eol == std::string::npos ? text.size() : eol + 1;
  }
  if (text.compare(at, 2, "# ") != 0) return body;
  std::size_t eol = text.find('\n', at);
  std::size_t end = eol == std::string::npos ? text.size() : eol;
  if (trimmed(std::string_view(text).substr(at + 2, end - at - 2)) != title) return body;
  Markdown out = body;
  out.text = text.substr(eol == std::string::npos ? text.size() : eol + 1);
  return out;
}

// The smallest heading level (1 for #) in the Markdown, or 1 when it has no heading.
int top_heading_level(const Markdown& markdown) {
  std::unique_ptr<cmark_node, void (*)(cmark_node*)> root(
      cmark_parse_document(markdown.text.data(), markdown.text.size(), CMARK_OPT_DEFAULT), cmark_node_free);
  int top = 7;
  std::unique_ptr<cmark_iter, void (*)(cmark_iter*)> iter(cmark_iter_new(root.get()), cmark_iter_free);
  for (auto ev = cmark_iter_next(iter.get()); ev != CMARK_EVENT_DONE; ev = cmark_iter_next(iter.get()))
    if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(cmark_iter_get_node(iter.get())) == CMARK_NODE_HEADING)
      top = std::min(top, cmark_node_get_heading_level(cmark_iter_get_node(iter.get())));
  return top == 7 ? 1 : top;
}

void content_page(const PageRenderer& r, const ContentPage& p, OutputSink& sink) {
  const std::string page = p.slug.value + "/index.html";
  if (!r.context().wants(page)) return;
  mustache::data d;
  d.set("summary", text_or(p.summary));
  const Markdown body = without_title_heading(p.body.value, p.title.value);
  // The renderer makes level n into n + first - 1; the top level present is to become 2.
  d.set("body_html", r.markdown().to_html(body, page, 3 - top_heading_level(body)));
  PageSpec spec;
  spec.path = page;
  spec.title = p.title.value;
  spec.description = p.summary ? p.summary->value : p.title.value;
  spec.body_template = "content-page";
  spec.body = std::move(d);
  spec.crumbs = {{"Home", "index.html"}, {p.title.value, ""}};
  spec.nav_section = p.slug.value;
  r.emit(std::move(spec), sink);
}

}  // namespace

void render_content_pages(const PageRenderer& r, const PageIndex&, OutputSink& sink) {
  const auto& pages = r.network().pages;
  parallel_for(pages.size(), r.context().settings.threads, [&](std::size_t i) { content_page(r, pages[i], sink); });
}

}  // namespace nk
