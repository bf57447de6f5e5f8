#include "load/load_network.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <variant>

#include "load/input_files.h"
#include "load/load_file.h"

namespace nk {

namespace {

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
  auto scan = scan_inputs(options.data_dir, options.content_dir, options.content_required, options.max_files, result.diagnostics);
  if (scan.fatal) {
    result.fatal = scan.fatal;
    return result;
  }
  const auto& files = scan.files;
  std::vector<FileResult> results(files.size());
  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(1, files.size())));
  std::atomic<std::size_t> next{0};
  LoadCache* cache = options.cache;
  auto work = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) {
      const auto index = static_cast<std::uint32_t>(i);
      if (!cache) {
        results[i] = load_file(files[i], index);
        continue;
      }
      // Stamped before reading: a file changed while being read gets a newer stamp than
      // the one kept, so it is read again next time.
      auto stamp = stamp_file(files[i].path);
      if (stamp)
        if (auto kept = cache->find(files[i].path, index, *stamp)) {
          results[i] = std::move(*kept);
          continue;
        }
      results[i] = load_file(files[i], index);
      if (stamp) cache->keep(files[i].path, index, *stamp, results[i]);
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();

  Network& net = result.network;
  net.source_files.reserve(files.size());
  for (const auto& f : files) net.source_files.push_back(f.path);
  bool have_site = false;
  for (std::size_t i = 0; i < results.size(); ++i) {
    auto& r = results[i];
    if (std::holds_alternative<std::monostate>(r.decoded)) {
      static constexpr const char* prefixes[] = {"", "", "", "", "", "organisatie:", "overleg:", "training:",
                                                 "agenda:", "route:", ""};
      const char* prefix = prefixes[static_cast<int>(files[i].kind)];
      if (*prefix) net.unreadable_ids.insert(prefix + files[i].stem);
    }
    result.diagnostics.append(std::move(r.diagnostics));
    std::visit(
        [&](auto&& value) {
          using T = std::decay_t<decltype(value)>;
          if constexpr (std::is_same_v<T, Site>) { net.site = std::move(value); have_site = true; }
          else if constexpr (std::is_same_v<T, std::vector<Municipality>>) { net.municipalities = std::move(value); net.municipalities_read = true; }
          else if constexpr (std::is_same_v<T, std::vector<OrganisationKind>>) { net.organisation_kinds = std::move(value); net.kinds_read = true; }
          else if constexpr (std::is_same_v<T, std::vector<Specialism>>) { net.specialisms = std::move(value); net.specialisms_read = true; }
          else if constexpr (std::is_same_v<T, std::vector<Term>>) { net.terms = std::move(value); net.terms_read = true; }
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
