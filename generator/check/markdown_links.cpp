// Links inside Markdown fields and pages: only safe schemes, and entity links resolve.
#include <string_view>

#include "check/references.h"
#include "check/reporter.h"
#include "values/links.h"

namespace nk {

namespace {

class MarkdownLinkChecker {
 public:
  explicit MarkdownLinkChecker(Reporter& reporter) : reporter_(reporter), targets_(reporter.network()) {}

  void check(const Located<Markdown>& field) {
    for (const auto& link : field.value.links) check_link(field.value, link.url, link);
  }

 private:
  SourcePosition position_of(const Markdown& md, const MarkdownLink& node) const {
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
  SourcePosition position_of_link(const Markdown& md, std::string_view url, const MarkdownLink& node) {
    SourcePosition computed = position_of(md, node);
    if (md.block && !md.folded) return computed;
    return reporter_.find_link_in_source(md.content, url).value_or(computed);
  }

  void check_link(const Markdown& md, std::string_view url, const MarkdownLink& node) {
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
  MarkdownLinkChecker checker(reporter);
  each_markdown(reporter.network(), [&](const Located<Markdown>& md) { checker.check(md); });
}

}  // namespace nk
