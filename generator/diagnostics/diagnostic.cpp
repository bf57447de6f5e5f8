#include "diagnostics/diagnostic.h"

#include <algorithm>
#include <tuple>

namespace nk {

Diagnostic& DiagnosticList::add(Code code, std::string file, std::uint32_t line,
                                std::uint32_t column, std::string message,
                                std::string suggestion) {
  Diagnostic d;
  d.file = std::move(file);
  d.line = line;
  d.column = column;
  d.code = code;
  d.severity = info(code).severity;
  d.message = std::move(message);
  d.suggestion = std::move(suggestion);
  items_.push_back(std::move(d));
  return items_.back();
}

void DiagnosticList::append(DiagnosticList&& other) {
  items_.insert(items_.end(), std::make_move_iterator(other.items_.begin()),
                std::make_move_iterator(other.items_.end()));
  other.items_.clear();
}

void DiagnosticList::sort() {
  std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.file, a.line, a.column, a.code, a.message) <
           std::tie(b.file, b.line, b.column, b.code, b.message);
  });
}

std::size_t DiagnosticList::errors() const {
  return std::count_if(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

std::size_t DiagnosticList::warnings() const { return items_.size() - errors(); }

}  // namespace nk
