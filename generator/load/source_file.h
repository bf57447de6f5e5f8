#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "model/source_position.h"

namespace nk {

// The text of one input file and the means to turn byte offsets into positions.
// `first_line` > 1 when the text is a part of a file (the front matter of a page).
class SourceFile {
 public:
  SourceFile(std::string path, std::uint32_t index, std::string text, std::uint32_t first_line = 1);

  const std::string& path() const { return path_; }
  std::uint32_t index() const { return index_; }
  std::string_view text() const { return text_; }
  std::uint32_t first_line() const { return first_line_; }

  // Position of a 0-based line and 0-based byte column within this text.
  SourcePosition position(std::uint32_t line0, std::uint32_t byte_column0) const;
  SourcePosition position_of_offset(std::size_t offset) const;
  // Byte offset of a position in this text (the inverse of position_of_offset).
  std::size_t offset_of(const SourcePosition& at) const;
  std::size_t line_start(std::uint32_t line0) const { return line0 < line_starts_.size() ? line_starts_[line0] : text_.size(); }
  std::string_view line_text(std::uint32_t line0) const;
  std::uint32_t line_count() const { return static_cast<std::uint32_t>(line_starts_.size()); }

  // Diagnostics about this file.
  Diagnostic& report(DiagnosticList& out, Code code, const SourcePosition& at, std::string message,
                     std::string suggestion = {}) const;

 private:
  std::string path_;
  std::uint32_t index_;
  std::string text_;
  std::uint32_t first_line_;
  std::vector<std::uint32_t> line_starts_;
};

}  // namespace nk
