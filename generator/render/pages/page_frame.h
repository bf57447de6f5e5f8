#pragma once
// What every page shares: the layout around its content (header, navigation, Veilig
// Thuis as advies- en meldpunt, footer), and small view-model pieces used by many pages.
#include <string>
#include <vector>

#include "model/network.h"
#include "render/markdown.h"
#include "render/output.h"
#include "render/theme.h"

namespace nk {

struct Crumb {
  std::string label;
  std::string path;  // site-root-relative; empty for the current page
};

struct PageSpec {
  std::string path;                 // "organisaties/ggd/index.html"
  std::string title;                // <title> and <h1>
  std::string description;          // meta description
  std::string body_template;        // template that renders the page's <main> content
  mustache::data body;              // its view-model
  std::vector<Crumb> crumbs;        // breadcrumb trail, home first
  std::string nav_section;          // which navigation item is current ("organisaties")
  std::string structured_data;      // schema.org JSON-LD (already serialised), or empty
  // When set, every link of the page is link_root + target instead of relative: for
  // 404.html, which a server shows at any missing path, however deep.
  std::string link_root;
};

class PageRenderer {
 public:
  explicit PageRenderer(const RenderContext& context);

  // Renders the content with its template, then the layout around it, and adds the file.
  void emit(PageSpec spec, OutputSink& sink) const;

  const RenderContext& context() const { return context_; }
  const Network& network() const { return context_.network; }
  const MarkdownRenderer& markdown() const { return markdown_; }

  // A link from `page` to `target` (both site-root-relative).
  std::string url(const std::string& page, const std::string& target) const;
  // Markdown as HTML for `page`, or empty.
  std::string html(const MaybeMarkdown& field, const std::string& page, int heading_level = 3) const;

 private:
  const RenderContext& context_;
  MarkdownRenderer markdown_;
  mustache::data veilig_thuis_;  // without urls; completed per page
  std::string veilig_thuis_path_;
};

// What another output prepared for this page (the maps output: its map block), or empty.
std::string embedded_html(const PageRenderer& r, const std::string& page);

// Pieces of view-model that several pages show the same way.
mustache::data phone_data(const Maybe<PhoneNumber>& phone);
mustache::data email_data(const MaybeText& email);
mustache::data link_data(const std::string& label, const std::string& url);
std::string text_or(const MaybeText& text, const std::string& fallback = {});
std::string area_text(const Network& network, const ServiceArea& area);
std::string format_dutch_date(const Date& date);  // "22 november 2026"

// Serialises schema.org data for a <script type="application/ld+json"> element: "<" is
// written as \u003c, so no value can close the element.
std::string json_ld(const std::string& json);

}  // namespace nk
