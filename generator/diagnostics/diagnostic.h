#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "diagnostics/codes.h"

namespace nk {

// One problem found in the data. Errors are values: every stage appends to a
// DiagnosticList and goes on, so a partner sees all problems of a change in one run.
struct Diagnostic {
  std::string file;          // as the user gave it, e.g. "data/organisaties/ggd.yaml"
  std::uint32_t line = 0;    // 1-based; 0 when the problem is the file as a whole
  std::uint32_t column = 0;  // 1-based, in code points
  std::uint32_t length = 1;  // code points to underline in the excerpt
  Code code{};
  Severity severity = Severity::error;
  std::string message;       // Dutch
  std::string suggestion;    // Dutch, may be empty
};

class DiagnosticList {
 public:
  Diagnostic& add(Code code, std::string file, std::uint32_t line, std::uint32_t column,
                  std::string message, std::string suggestion = {});
  void append(DiagnosticList&& other);
  // Sorted by file, then position, then code: the order partners read them in.
  void sort();

  const std::vector<Diagnostic>& items() const { return items_; }
  std::size_t errors() const;
  std::size_t warnings() const;
  bool empty() const { return items_.empty(); }

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace nk
