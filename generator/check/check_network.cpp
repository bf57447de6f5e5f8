#include "check/check_network.h"

#include "check/reporter.h"
#include "text/suggest.h"
#include "text/utf8.h"

#include <algorithm>

namespace nk {

void Reporter::report(Code code, const SourcePosition& at, std::string message, std::string suggestion,
                      std::size_t length) {
  auto& d = out_.add(code, network_.file_of(at), at.line, at.column, std::move(message), std::move(suggestion));
  d.length = static_cast<std::uint32_t>(std::max<std::size_t>(1, length));
}

std::string Reporter::suggest(std::string_view typed, std::span<const std::string_view> candidates) {
  if (suggestions_left_ == 0) return {};
  --suggestions_left_;
  return did_you_mean(typed, candidates);
}

DiagnosticList check_network(const Network& network, const CheckOptions& options) {
  DiagnosticList out;
  Reporter reporter(network, out);
  check_identity(reporter);
  check_references(reporter);
  check_hierarchies(reporter);
  check_meaning(reporter, options.today);
  check_markdown(reporter);
  check_coverage(reporter, options.today);
  return out;
}

}  // namespace nk
