#include "load/content_page.h"

#include "load/markdown_links.h"

#include "load/decoders.h"
#include "load/field_reader.h"
#include "load/yaml_tree.h"
#include "text/utf8.h"

namespace nk {

namespace {
bool is_fence(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line == "---";
}
}  // namespace

std::optional<ContentPage> decode_content_page(const SourceFile& file, std::string_view stem,
                                               DiagnosticList& out) {
  if (auto bad = find_invalid_utf8(file.text())) {
    file.report(out, Code::invalid_utf8, file.position_of_offset(*bad),
                "het bestand is geen geldige UTF-8 of bevat een stuurteken", "sla het bestand op als UTF-8");
    return std::nullopt;
  }
  if (file.line_count() == 0 || !is_fence(file.line_text(0))) {
    file.report(out, Code::bad_front_matter, SourcePosition{file.index(), 1, 1},
                "een contentpagina begint met front matter: een regel '---', de gegevens, en weer '---'",
                "begin het bestand met:\n---\ntitel: ...\n---");
    return std::nullopt;
  }
  std::uint32_t closing = 1;
  while (closing < file.line_count() && !is_fence(file.line_text(closing))) ++closing;
  if (closing >= file.line_count()) {
    file.report(out, Code::bad_front_matter, SourcePosition{file.index(), 1, 1},
                "de front matter wordt niet afgesloten met een regel '---'", "zet '---' onder de gegevens");
    return std::nullopt;
  }
  auto text = file.text();
  std::size_t front_start = file.line_text(0).size() + 1;
  std::size_t front_end = static_cast<std::size_t>(file.line_text(closing).data() - text.data());
  SourceFile front(file.path(), file.index(), std::string(text.substr(front_start, front_end - front_start)), 2);
  auto root = parse_yaml(front, out);
  if (!root) return std::nullopt;
  DecodeContext ctx{front, out};
  ContentPage page;
  page.slug = Text{std::string(stem), SourcePosition{file.index(), 0, 0}};  // the file as a whole
  {
    MappingReader r(*root, "pagina", ctx);
    if (!r.ok()) return std::nullopt;
    page.at = r.at();
    page.title = r.required_text("titel");
    page.summary = r.text("samenvatting");
    page.menu = r.integer("menu", 0, 1000);
  }
  std::size_t body_start = file.line_start(closing + 1);
  Markdown body;
  body.text = std::string(text.substr(body_start));
  body.block = true;
  body.content = SourcePosition{file.index(), closing + 2, 1};
  body.links = find_markdown_links(body.text);
  page.body = Located<Markdown>{std::move(body), body.content};
  return page;
}

}  // namespace nk
