#include "load/source_file.h"

#include <algorithm>

#include "text/utf8.h"

namespace nk {

SourceFile::SourceFile(std::string path, std::uint32_t index, std::string text, std::uint32_t first_line)
    : path_(std::move(path)), index_(index), text_(std::move(text)), first_line_(first_line) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n') line_starts_.push_back(static_cast<std::uint32_t>(i + 1));
}

std::string_view SourceFile::line_text(std::uint32_t line0) const {
  if (line0 >= line_starts_.size()) return {};
  std::size_t start = line_starts_[line0];
  std::size_t end = line0 + 1 < line_starts_.size() ? line_starts_[line0 + 1] - 1 : text_.size();
  std::string_view line(text_.data() + start, end - start);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

SourcePosition SourceFile::position(std::uint32_t line0, std::uint32_t byte_column0) const {
  std::string_view line = line_text(line0);
  std::size_t bytes = std::min<std::size_t>(byte_column0, line.size());
  auto column = static_cast<std::uint32_t>(count_code_points(line.substr(0, bytes)));
  return SourcePosition{index_, line0 + first_line_, column + 1 + (byte_column0 > line.size() ? byte_column0 - static_cast<std::uint32_t>(line.size()) : 0)};
}

SourcePosition SourceFile::position_of_offset(std::size_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  auto line0 = static_cast<std::uint32_t>(it - line_starts_.begin() - 1);
  return position(line0, static_cast<std::uint32_t>(offset - line_starts_[line0]));
}

std::size_t SourceFile::offset_of(const SourcePosition& at) const {
  if (at.line < first_line_) return 0;
  std::uint32_t line0 = at.line - first_line_;
  if (line0 >= line_starts_.size()) return text_.size();
  std::size_t offset = line_starts_[line0];
  for (std::uint32_t points = 1; points < at.column && offset < text_.size() && text_[offset] != '\n'; ++points) {
    ++offset;
    while (offset < text_.size() && (static_cast<unsigned char>(text_[offset]) & 0xC0) == 0x80) ++offset;
  }
  return offset;
}

Diagnostic& SourceFile::report(DiagnosticList& out, Code code, const SourcePosition& at,
                               std::string message, std::string suggestion) const {
  return out.add(code, path_, at.line, at.column, std::move(message), std::move(suggestion));
}

}  // namespace nk
