// Links inside Markdown fields and pages: only safe schemes, and entity links resolve.
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>
#include <vector>

#include "check/references.h"
#include "check/reporter.h"
#include "values/links.h"

namespace nk {

namespace {

struct CmarkDocument {
  cmark_node* root = nullptr;
  ~CmarkDocument() { if (root) cmark_node_free(root); }
};

// A link or image in a Markdown text: its destination and where cmark saw it start.
struct FoundLink {
  std::string url;
  int line = 0, column = 0;
};

// The links of one text. Pure, so the texts of a national data set (thousands of cmark
// parses, the bulk of check's time) are parsed on several threads.
std::vector<FoundLink> links_in(const std::string& text, cmark_syntax_extension* autolink) {
  std::vector<FoundLink> links;
  // Only explicit links can carry a bad scheme; most texts have none.
  if (text.find('[') == std::string::npos && text.find('<') == std::string::npos) return links;
  std::unique_ptr<cmark_parser, void (*)(cmark_parser*)> parser(cmark_parser_new(CMARK_OPT_DEFAULT),
                                                                 cmark_parser_free);
  if (autolink) cmark_parser_attach_syntax_extension(parser.get(), autolink);
  cmark_parser_feed(parser.get(), text.data(), text.size());
  CmarkDocument doc{cmark_parser_finish(parser.get())};
  std::unique_ptr<cmark_iter, void (*)(cmark_iter*)> iter(cmark_iter_new(doc.root), cmark_iter_free);
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

class MarkdownLinkChecker {
 public:
  explicit MarkdownLinkChecker(Reporter& reporter) : reporter_(reporter), targets_(reporter.network()) {}

  void check(const Located<Markdown>& field, const std::vector<FoundLink>& links) {
    for (const auto& link : links) check_link(field.value, link.url, link);
  }

 private:
  SourcePosition position_of(const Markdown& md, const FoundLink& node) const {
    SourcePosition at = md.content;
    int line = node.line;
    int column = node.column;
    if (line < 1 || column < 1) return at;
    if (md.block) {
      at.line += static_cast<std::uint32_t>(line - 1);
      at.column = static_cast<std::uint32_t>(static_cast<int>(at.column) + column - 1);
    } else if (line == 1) {
      at.column += static_cast<std::uint32_t>(column - 1);
    }
    return at;
  }

  // The link's own position: computed for a literal block, whose lines are the file's
  // lines; otherwise found by searching the destination in the source from the field on.
  SourcePosition position_of_link(const Markdown& md, std::string_view url, const FoundLink& node) {
    SourcePosition computed = position_of(md, node);
    if (md.block && !md.folded) return computed;
    return reporter_.find_link_in_source(md.content, url).value_or(computed);
  }

  void check_link(const Markdown& md, std::string_view url, const FoundLink& node) {
    switch (classify_link(url)) {
      case LinkClass::anchor:
      case LinkClass::relative:
      case LinkClass::external:
        return;
      case LinkClass::refused: {
        std::string shown(url.substr(0, 60));
        for (char& c : shown)
          if (static_cast<unsigned char>(c) < 0x20) c = ' ';
        reporter_.report(Code::invalid_markdown_link, position_of_link(md, url, node),
                         "link '" + shown + "' is niet toegestaan",
                         "gebruik https://, http://, mailto:, een relatieve link, #anker of een link als organisatie:<id>");
        return;
      }
      case LinkClass::entity: break;
    }
    auto link = parse_entity_link(url);
    const ReferenceTarget* target = nullptr;
    switch (link->kind) {
      case EntityKind::organisation: target = &targets_.organisation; break;
      case EntityKind::specialism: target = &targets_.specialism; break;
      case EntityKind::municipality: target = &targets_.municipality; break;
      case EntityKind::meeting: target = &targets_.meeting; break;
      case EntityKind::training: target = &targets_.training; break;
      case EntityKind::agenda_item: target = &targets_.agenda; break;
      case EntityKind::route: target = &targets_.route; break;
      case EntityKind::term: target = &targets_.term; break;
      case EntityKind::service: {
        if (reporter_.network().service_index.count(link->id)) return;
        std::string suggestion = reporter_.suggest(link->id, targets_.service_ids);
        reporter_.report(Code::unknown_reference, position_of_link(md, url, node), "onbekend aanbod '" + link->id + "' in link",
                         suggestion.empty() ? "aanbod-ids staan bij 'aanbod' in data/organisaties/" : suggestion);
        return;
      }
    }
    // A link that resolves needs no position; finding one means reading the source file
    // again, which for a national data set was most of check's time.
    if (!target->known || target->index->count(link->id)) return;
    check_reference(reporter_, *target, IdRef{link->id, position_of_link(md, url, node)}, 1);
  }

  Reporter& reporter_;
  ReferenceTargets targets_;
};

template <class Fn>
void each_markdown(const Network& net, Fn&& fn) {
  auto visit = [&](const MaybeMarkdown& md) { if (md) fn(*md); };
  for (const auto& s : net.specialisms) visit(s.description);
  for (const auto& t : net.terms) visit(t.explanation);
  for (const auto& o : net.organisations) {
    visit(o.description);
    visit(o.consultation);
    for (const auto& s : o.services) visit(s.description);
  }
  for (const auto& m : net.meetings) {
    visit(m.purpose);
    visit(m.criteria);
  }
  for (const auto& t : net.trainings) visit(t.description);
  for (const auto& a : net.agenda) {
    visit(a.description);
    visit(a.actions);
  }
  for (const auto& r : net.routes) {
    visit(r.description);
    for (const auto& step : r.steps) visit(step.explanation);
  }
  for (const auto& p : net.pages) fn(p.body);
}

}  // namespace

void check_markdown(Reporter& reporter) {
  std::vector<const Located<Markdown>*> fields;
  each_markdown(reporter.network(), [&](const Located<Markdown>& md) { fields.push_back(&md); });
  cmark_gfm_core_extensions_ensure_registered();
  cmark_syntax_extension* autolink = cmark_find_syntax_extension("autolink");
  std::vector<std::vector<FoundLink>> links(fields.size());
  std::atomic<std::size_t> next{0};
  auto parse = [&] {
    for (std::size_t i = next++; i < fields.size(); i = next++) links[i] = links_in(fields[i]->value.text, autolink);
  };
  const unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads && fields.size() > 64; ++t) pool.emplace_back(parse);
  parse();
  for (auto& t : pool) t.join();
  // Reported in the order of the fields, as before: the diagnostics do not depend on threads.
  MarkdownLinkChecker checker(reporter);
  for (std::size_t i = 0; i < fields.size(); ++i) checker.check(*fields[i], links[i]);
}

}  // namespace nk
