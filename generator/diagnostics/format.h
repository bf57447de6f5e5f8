#pragma once
#include <string>

#include "diagnostics/diagnostic.h"

namespace nk {

// As a compiler shows problems: location, severity, code, message, the source line with
// a caret under the spot, and the suggestion. Source lines are read from the files.
std::string format_text(const DiagnosticList& list, bool colour);

// GitHub Actions workflow commands (::error / ::warning), one per line.
std::string format_github(const DiagnosticList& list);

// {"diagnostieken": [...], "fouten": N, "waarschuwingen": N}; see docs/diagnostics.md.
std::string format_json(const DiagnosticList& list);

// "3 fouten en 1 waarschuwing", "geen problemen".
std::string summary_line(const DiagnosticList& list);

}  // namespace nk
