// libFuzzer target: any bytes, decoded as each kind of input file, then checked as part
// of a network. Must never crash, hang or grow without bound. Run with scripts/fuzz.
#include <cstddef>
#include <cstdint>
#include <string>

#include "check/check_network.h"
#include "load/load_file.h"

namespace {
constexpr nk::InputKind kinds[] = {
    nk::InputKind::site,         nk::InputKind::municipalities, nk::InputKind::organisation_kinds,
    nk::InputKind::specialisms,  nk::InputKind::terms,          nk::InputKind::organisation,
    nk::InputKind::meeting,      nk::InputKind::training,       nk::InputKind::agenda_item,
    nk::InputKind::route,        nk::InputKind::content_page,
};
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  // The first byte picks the kind, so one corpus exercises every decoder.
  nk::InputKind kind = kinds[data[0] % std::size(kinds)];
  nk::InputFile input{"fuzz.yaml", "fuzz", kind};
  auto result = nk::decode_file_text(input, 0, std::string(reinterpret_cast<const char*>(data + 1), size - 1));

  nk::Network network;
  network.source_files.push_back("fuzz.yaml");
  std::visit(
      [&](auto&& value) {
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, nk::Organisation>) {
          network.organisation_index.emplace(value.id.value, 0);
          network.organisations.push_back(std::move(value));
        } else if constexpr (std::is_same_v<T, nk::Meeting>) {
          network.meeting_index.emplace(value.id.value, 0);
          network.meetings.push_back(std::move(value));
        } else if constexpr (std::is_same_v<T, std::vector<nk::Specialism>>) {
          network.specialisms = std::move(value);
          for (std::size_t i = 0; i < network.specialisms.size(); ++i)
            network.specialism_index.emplace(network.specialisms[i].id.value, i);
        } else if constexpr (std::is_same_v<T, nk::Route>) {
          network.route_index.emplace(value.id.value, 0);
          network.routes.push_back(std::move(value));
        } else if constexpr (std::is_same_v<T, nk::Training>) {
          network.training_index.emplace(value.id.value, 0);
          network.trainings.push_back(std::move(value));
        } else if constexpr (std::is_same_v<T, nk::ContentPage>) {
          network.page_index.emplace(value.slug.value, 0);
          network.pages.push_back(std::move(value));
        }
      },
      result.decoded);
  nk::check_network(network, nk::CheckOptions{nk::Date{2026, 11, 22}});
  return 0;
}
