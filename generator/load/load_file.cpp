#include "load/load_file.h"

#include <filesystem>
#include <fstream>

#include "load/content_page.h"
#include "load/decoders.h"
#include "load/yaml_tree.h"
#include "text/slug.h"

namespace nk {

namespace {

bool is_catalogue(InputKind kind) {
  return kind == InputKind::site || kind == InputKind::municipalities || kind == InputKind::organisation_kinds ||
         kind == InputKind::specialisms || kind == InputKind::terms;
}

}  // namespace

FileResult load_file(const InputFile& input, std::uint32_t index) {
  FileResult result;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(input.path, ec)) {
    result.diagnostics.add(Code::unreadable_file, input.path, 0, 0,
                           "'" + std::filesystem::path(input.path).filename().string() + "' is geen gewoon bestand en wordt niet gelezen",
                           "zet op deze plek een gewoon tekstbestand");
    return result;
  }
  auto size = std::filesystem::file_size(input.path, ec);
  if (ec) {
    result.diagnostics.add(Code::unreadable_file, input.path, 0, 0,
                           "het bestand kan niet gelezen worden: " + ec.message());
    return result;
  }
  if (size > max_file_bytes) {
    result.diagnostics.add(Code::file_too_large, input.path, 0, 0,
                           "het bestand is " + std::to_string((size + 1023) / 1024) +
                               " KiB; de grens is 1024 KiB (1 MiB)",
                           "splits de gegevens, of maak lange teksten korter");
    return result;
  }
  std::ifstream in(input.path, std::ios::binary);
  std::string text(static_cast<std::size_t>(size), '\0');
  if (!in.read(text.data(), static_cast<std::streamsize>(size))) {
    result.diagnostics.add(Code::unreadable_file, input.path, 0, 0, "het bestand kan niet gelezen worden");
    return result;
  }
  return decode_file_text(input, index, std::move(text));
}

FileResult decode_file_text(const InputFile& input, std::uint32_t index, std::string text) {
  FileResult result;
  if (text.size() > max_file_bytes) {
    result.diagnostics.add(Code::file_too_large, input.path, 0, 0,
                           "het bestand is groter dan 1024 KiB (1 MiB)", "splits de gegevens");
    return result;
  }
  if (text.size() >= 2 && ((text[0] == '\xff' && text[1] == '\xfe') || (text[0] == '\xfe' && text[1] == '\xff'))) {
    result.diagnostics.add(Code::invalid_utf8, input.path, 1, 1, "het bestand is opgeslagen als UTF-16",
                           "sla het bestand op als UTF-8");
    return result;
  }
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);  // a UTF-8 BOM is harmless
  SourceFile file(input.path, index, std::move(text));
  if (input.kind == InputKind::content_page) {
    if (auto page = decode_content_page(file, input.stem, result.diagnostics)) result.decoded = std::move(*page);
    return result;
  }
  if (!is_catalogue(input.kind) && !is_valid_id(input.stem)) {
    std::string slug = slugify(input.stem);
    if (slug.size() > 80) slug.resize(80);
    result.diagnostics.add(Code::invalid_id, input.path, 0, 0,
                           "de bestandsnaam '" + input.stem + ".yaml' is geen geldige id",
                           slug.empty() ? "gebruik kleine letters, cijfers en streepjes"
                                        : "hernoem naar '" + slug + ".yaml'");
    return result;
  }
  auto root = parse_yaml(file, result.diagnostics);
  if (!root) return result;
  DecodeContext ctx{file, result.diagnostics};
  switch (input.kind) {
    case InputKind::site: result.decoded = decode_site(*root, ctx); break;
    case InputKind::municipalities: result.decoded = decode_municipalities(*root, ctx); break;
    case InputKind::organisation_kinds: result.decoded = decode_organisation_kinds(*root, ctx); break;
    case InputKind::specialisms: result.decoded = decode_specialisms(*root, ctx); break;
    case InputKind::terms: result.decoded = decode_terms(*root, ctx); break;
    case InputKind::organisation:
      if (auto o = decode_organisation(*root, input.stem, ctx)) result.decoded = std::move(*o);
      break;
    case InputKind::meeting:
      if (auto m = decode_meeting(*root, input.stem, ctx)) result.decoded = std::move(*m);
      break;
    case InputKind::training:
      if (auto t = decode_training(*root, input.stem, ctx)) result.decoded = std::move(*t);
      break;
    case InputKind::agenda_item:
      if (auto a = decode_agenda_item(*root, input.stem, ctx)) result.decoded = std::move(*a);
      break;
    case InputKind::route:
      if (auto r = decode_route(*root, input.stem, ctx)) result.decoded = std::move(*r);
      break;
    case InputKind::content_page: break;
  }
  return result;
}

}  // namespace nk
