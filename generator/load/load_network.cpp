#include "load/load_network.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>
#include <variant>

#include "load/content_page.h"
#include "load/decoders.h"
#include "load/input_files.h"
#include "load/yaml_tree.h"
#include "text/slug.h"

namespace nk {

namespace {

constexpr std::uintmax_t max_file_size = 1024 * 1024;

using Decoded = std::variant<std::monostate, Site, std::vector<Municipality>, std::vector<OrganisationKind>,
                             std::vector<Specialism>, std::vector<Term>, Organisation, Meeting, Training,
                             AgendaItem, Route, ContentPage>;

struct FileResult {
  Decoded decoded;
  DiagnosticList diagnostics;
};

std::optional<std::string> read_file(const std::string& path, const std::uint32_t index,
                                     DiagnosticList& out) {
  std::error_code ec;
  auto size = std::filesystem::file_size(path, ec);
  if (ec) {
    out.add(Code::unreadable_file, path, 0, 0, "het bestand kan niet gelezen worden: " + ec.message());
    return std::nullopt;
  }
  if (size > max_file_size) {
    out.add(Code::file_too_large, path, 0, 0,
            "het bestand is " + std::to_string(size / 1024) + " KiB; de grens is 1024 KiB (1 MiB)",
            "splits de gegevens, of haal lange teksten weg");
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  std::string text(static_cast<std::size_t>(size), '\0');
  if (!in.read(text.data(), static_cast<std::streamsize>(size))) {
    out.add(Code::unreadable_file, path, 0, 0, "het bestand kan niet gelezen worden");
    return std::nullopt;
  }
  (void)index;
  if (text.size() >= 2 && ((text[0] == '\xff' && text[1] == '\xfe') || (text[0] == '\xfe' && text[1] == '\xff'))) {
    out.add(Code::invalid_utf8, path, 1, 1, "het bestand is opgeslagen als UTF-16",
            "sla het bestand op als UTF-8");
    return std::nullopt;
  }
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);  // a UTF-8 BOM is harmless
  return text;
}

FileResult load_one(const InputFile& input, std::uint32_t index) {
  FileResult result;
  auto text = read_file(input.path, index, result.diagnostics);
  if (!text) return result;
  SourceFile file(input.path, index, std::move(*text));
  if (input.kind == InputKind::content_page) {
    if (auto page = decode_content_page(file, input.stem, result.diagnostics)) result.decoded = std::move(*page);
    return result;
  }
  if (input.kind != InputKind::site && input.kind != InputKind::municipalities &&
      input.kind != InputKind::organisation_kinds && input.kind != InputKind::specialisms &&
      input.kind != InputKind::terms && !is_valid_id(input.stem)) {
    std::string slug = slugify(input.stem);
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

template <class T>
IdIndex index_by_id(const std::vector<T>& items) {
  IdIndex index;
  index.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) index.emplace(items[i].id.value, i);  // first one wins
  return index;
}

template <class T>
void sort_by_id(std::vector<T>& items) {
  std::stable_sort(items.begin(), items.end(),
                   [](const T& a, const T& b) { return a.id.value < b.id.value; });
}

}  // namespace

LoadResult load_network(const LoadOptions& options) {
  LoadResult result;
  auto scan = scan_inputs(options.data_dir, options.content_dir, options.content_required, result.diagnostics);
  if (scan.fatal) {
    result.fatal = scan.fatal;
    return result;
  }
  const auto& files = scan.files;
  std::vector<FileResult> results(files.size());
  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(1, files.size())));
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++)
      results[i] = load_one(files[i], static_cast<std::uint32_t>(i));
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();

  Network& net = result.network;
  net.source_files.reserve(files.size());
  for (const auto& f : files) net.source_files.push_back(f.path);
  bool have_site = false;
  for (auto& r : results) {
    result.diagnostics.append(std::move(r.diagnostics));
    std::visit(
        [&](auto&& value) {
          using T = std::decay_t<decltype(value)>;
          if constexpr (std::is_same_v<T, Site>) { net.site = std::move(value); have_site = true; }
          else if constexpr (std::is_same_v<T, std::vector<Municipality>>) net.municipalities = std::move(value);
          else if constexpr (std::is_same_v<T, std::vector<OrganisationKind>>) net.organisation_kinds = std::move(value);
          else if constexpr (std::is_same_v<T, std::vector<Specialism>>) net.specialisms = std::move(value);
          else if constexpr (std::is_same_v<T, std::vector<Term>>) net.terms = std::move(value);
          else if constexpr (std::is_same_v<T, Organisation>) net.organisations.push_back(std::move(value));
          else if constexpr (std::is_same_v<T, Meeting>) net.meetings.push_back(std::move(value));
          else if constexpr (std::is_same_v<T, Training>) net.trainings.push_back(std::move(value));
          else if constexpr (std::is_same_v<T, AgendaItem>) net.agenda.push_back(std::move(value));
          else if constexpr (std::is_same_v<T, Route>) net.routes.push_back(std::move(value));
          else if constexpr (std::is_same_v<T, ContentPage>) net.pages.push_back(std::move(value));
        },
        r.decoded);
  }
  (void)have_site;
  results.clear();

  sort_by_id(net.organisations);
  sort_by_id(net.meetings);
  sort_by_id(net.trainings);
  sort_by_id(net.agenda);
  sort_by_id(net.routes);
  std::stable_sort(net.pages.begin(), net.pages.end(),
                   [](const ContentPage& a, const ContentPage& b) { return a.slug.value < b.slug.value; });

  net.municipality_index = index_by_id(net.municipalities);
  net.kind_index = index_by_id(net.organisation_kinds);
  net.specialism_index = index_by_id(net.specialisms);
  net.term_index = index_by_id(net.terms);
  net.organisation_index = index_by_id(net.organisations);
  net.meeting_index = index_by_id(net.meetings);
  net.training_index = index_by_id(net.trainings);
  net.agenda_index = index_by_id(net.agenda);
  net.route_index = index_by_id(net.routes);
  for (std::size_t i = 0; i < net.pages.size(); ++i) net.page_index.emplace(net.pages[i].slug.value, i);
  for (std::size_t o = 0; o < net.organisations.size(); ++o)
    for (std::size_t s = 0; s < net.organisations[o].services.size(); ++s)
      if (!net.organisations[o].services[s].id.value.empty())
        net.service_index.emplace(net.organisations[o].services[s].id.value, std::make_pair(o, s));
  return result;
}

}  // namespace nk
