#include "render/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <memory>
#include <mutex>
#include <vector>

#include "render/site_paths.h"
#include "values/links.h"

namespace nk {

namespace {

std::once_flag extensions_registered;

// The target of an entity link, or empty when it has no page in this build.
std::string entity_target(const Network& net, const Sections& sections, const EntityLink& link) {
  auto known = [&](const IdIndex& index) { return index.count(link.id) > 0; };
  switch (link.kind) {
    case EntityKind::organisation: return known(net.organisation_index) ? entity_path(link.kind, link.id) : "";
    case EntityKind::specialism: return known(net.specialism_index) ? entity_path(link.kind, link.id) : "";
    case EntityKind::municipality: return known(net.municipality_index) ? entity_path(link.kind, link.id) : "";
    case EntityKind::service: return net.service_index.count(link.id) ? entity_path(link.kind, link.id) : "";
    case EntityKind::meeting: return known(net.meeting_index) ? entity_path(link.kind, link.id) : "";
    case EntityKind::term: return known(net.term_index) ? entity_path(link.kind, link.id) : "";
    case EntityKind::training: return sections.trainings && known(net.training_index) ? entity_path(link.kind, link.id) : "";
    case EntityKind::agenda_item: return sections.agenda && known(net.agenda_index) ? entity_path(link.kind, link.id) : "";
    case EntityKind::route: return sections.routes && known(net.route_index) ? entity_path(link.kind, link.id) : "";
  }
  return "";
}

// Replaces `node` by its children (a link that cannot be followed becomes its text).
void unwrap(cmark_node* node) {
  while (cmark_node* child = cmark_node_first_child(node)) {
    cmark_node_unlink(child);
    cmark_node_insert_before(node, child);
  }
  cmark_node_unlink(node);
  cmark_node_free(node);
}

}  // namespace

MarkdownRenderer::MarkdownRenderer(const Network& network, const Sections& sections)
    : network_(network), sections_(sections) {
  std::call_once(extensions_registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

std::string MarkdownRenderer::to_html(const Markdown& markdown, std::string_view page, int first_heading_level) const {
  std::unique_ptr<cmark_parser, void (*)(cmark_parser*)> parser(cmark_parser_new(CMARK_OPT_DEFAULT), cmark_parser_free);
  for (const char* name : {"table", "autolink", "strikethrough"})
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parser.get(), ext);
  cmark_parser_feed(parser.get(), markdown.text.data(), markdown.text.size());
  std::unique_ptr<cmark_node, void (*)(cmark_node*)> root(cmark_parser_finish(parser.get()), cmark_node_free);

  // Collect first, change after: the iterator must not see a changing tree.
  std::vector<cmark_node*> links, images, headings;
  {
    std::unique_ptr<cmark_iter, void (*)(cmark_iter*)> iter(cmark_iter_new(root.get()), cmark_iter_free);
    for (auto ev = cmark_iter_next(iter.get()); ev != CMARK_EVENT_DONE; ev = cmark_iter_next(iter.get())) {
      if (ev != CMARK_EVENT_ENTER) continue;
      cmark_node* node = cmark_iter_get_node(iter.get());
      switch (cmark_node_get_type(node)) {
        case CMARK_NODE_LINK: links.push_back(node); break;
        case CMARK_NODE_IMAGE: images.push_back(node); break;
        case CMARK_NODE_HEADING: headings.push_back(node); break;
        default: break;
      }
    }
  }
  for (cmark_node* heading : headings)
    cmark_node_set_heading_level(heading, std::min(6, cmark_node_get_heading_level(heading) + first_heading_level - 1));
  for (cmark_node* image : images) {  // an image from elsewhere becomes a link to it
    cmark_node* link = cmark_node_new(CMARK_NODE_LINK);
    cmark_node_set_url(link, cmark_node_get_url(image));
    while (cmark_node* child = cmark_node_first_child(image)) {
      cmark_node_unlink(child);
      cmark_node_append_child(link, child);
    }
    cmark_node_insert_before(image, link);
    cmark_node_unlink(image);
    cmark_node_free(image);
    links.push_back(link);
  }
  for (cmark_node* link : links) {
    const char* raw = cmark_node_get_url(link);
    std::string url = raw ? raw : "";
    switch (classify_link(url)) {
      case LinkClass::anchor:
      case LinkClass::external:
        break;
      case LinkClass::relative:
        break;
      case LinkClass::refused:
        unwrap(link);
        break;
      case LinkClass::entity: {
        std::string target = entity_target(network_, sections_, *parse_entity_link(url));
        if (target.empty()) unwrap(link);
        else cmark_node_set_url(link, relative_url(page, target).c_str());
        break;
      }
    }
  }
  char* html = cmark_render_html(root.get(), CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser.get()));
  std::string out(html);
  std::free(html);
  return out;
}

}  // namespace nk
