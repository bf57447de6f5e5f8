#pragma once
#include <map>
#include <optional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "load/source_file.h"
#include "model/network.h"

namespace nk {

// Reports problems found in a loaded network at their source positions.
class Reporter {
 public:
  Reporter(const Network& network, DiagnosticList& out) : network_(network), out_(out) {}

  // `length`: code points to underline in the excerpt (the offending value).
  void report(Code code, const SourcePosition& at, std::string message, std::string suggestion = {},
              std::size_t length = 1);
  // "bedoelde je 'x'?" among `candidates`; after a few thousand calls it stops trying, so
  // a data set full of bad references cannot make checking quadratic.
  std::string suggest(std::string_view typed, std::span<const std::string_view> candidates);
  const Network& network() const { return network_; }

  // Where `needle` first stands in the source at or after `from`, read from the file;
  // `from` when it is not found. For values whose text YAML has folded or unescaped, so
  // that their position cannot be computed from the value alone.
  SourcePosition find_in_source(const SourcePosition& from, std::string_view needle);
  // The '[' of the first Markdown link to `url` at or after `from`, or nullopt.
  std::optional<SourcePosition> find_link_in_source(const SourcePosition& from, std::string_view url);

 private:
  const SourceFile& source(std::uint32_t file);
 public:

 private:
  std::map<std::uint32_t, std::unique_ptr<SourceFile>> sources_;
  const Network& network_;
  DiagnosticList& out_;
  std::size_t suggestions_left_ = 2000;
};

// The ids of a kind, in a stable order, for suggestions.
template <class T>
std::vector<std::string_view> ids_of(const std::vector<T>& items) {
  std::vector<std::string_view> out;
  out.reserve(items.size());
  for (const auto& item : items) out.push_back(item.id.value);
  return out;
}

// Per-rule groups, each in its own file.
void check_identity(Reporter& reporter);
void check_references(Reporter& reporter);
void check_hierarchies(Reporter& reporter);
void check_meaning(Reporter& reporter, const Date& today);
void check_markdown(Reporter& reporter);
void check_coverage(Reporter& reporter, const Date& today);

}  // namespace nk
