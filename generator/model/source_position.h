#pragma once
#include <cstdint>
#include <optional>
#include <string>

namespace nk {

// Where a value stands in its source file. `file` indexes Network::source_files so a
// position costs 12 bytes, not a path; line and column are 1-based, the column counts
// Unicode code points, as an editor shows it.
struct SourcePosition {
  std::uint32_t file = 0;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  auto operator<=>(const SourcePosition&) const = default;
};

// A value together with the place it was written.
template <class T>
struct Located {
  T value{};
  SourcePosition at;
};

// An optional value from the data: absent, or present with its position.
template <class T>
using Maybe = std::optional<Located<T>>;

using Text = Located<std::string>;
using MaybeText = Maybe<std::string>;
using IdRef = Located<std::string>;  // an id that refers to another entity

}  // namespace nk
