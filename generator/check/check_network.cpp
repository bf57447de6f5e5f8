#include "check/check_network.h"

#include "check/reporter.h"
#include "text/suggest.h"
#include "text/utf8.h"

#include <algorithm>
#include <fstream>
#include <sstream>

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

const SourceFile& Reporter::source(std::uint32_t file) {
  auto& source = sources_[file];
  if (!source) {
    std::ifstream in(network_.source_files.at(file), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    std::string bytes = text.str();
    if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) bytes.erase(0, 3);
    source = std::make_unique<SourceFile>(network_.source_files.at(file), file, std::move(bytes));
  }
  return *source;
}

SourcePosition Reporter::find_in_source(const SourcePosition& from, std::string_view needle) {
  if (needle.empty()) return from;
  const SourceFile& file = source(from.file);
  auto found = file.text().find(needle, file.offset_of(from));
  return found == std::string_view::npos ? from : file.position_of_offset(found);
}

std::optional<SourcePosition> Reporter::find_link_in_source(const SourcePosition& from, std::string_view url) {
  const SourceFile& file = source(from.file);
  auto text = file.text();
  auto found = text.find("](" + std::string(url), file.offset_of(from));
  if (found == std::string_view::npos) return std::nullopt;
  // Back to the '[' that opens the link text, minding nested brackets.
  int depth = 0;
  for (std::size_t i = found + 1; i-- > 0;) {
    if (text[i] == ']') ++depth;
    else if (text[i] == '[' && --depth == 0) return file.position_of_offset(i);
  }
  return std::nullopt;
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
