#pragma once
// Which files make up the input, by the layout of data.md. Anything else in the data
// directory is reported, never skipped silently.
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"

namespace nk {

enum class InputKind {
  site, municipalities, organisation_kinds, specialisms, terms,
  organisation, meeting, training, agenda_item, route, content_page
};

struct InputFile {
  std::string path;   // as shown to the user: "<data dir>/organisaties/ggd.yaml"
  std::string stem;   // file name without extension
  InputKind kind;
};

struct InputScan {
  std::vector<InputFile> files;   // sorted by path
  std::optional<std::string> fatal;  // a directory that cannot be read at all (exit 3)
};

// `content_dir` may be absent; `content_required` says whether a missing one is an error.
InputScan scan_inputs(const std::string& data_dir, const std::string& content_dir,
                      bool content_required, std::size_t max_files, DiagnosticList& out);

// "data/" + "site.yaml" without doubled slashes; "." stays out of the shown path.
std::string join_path(const std::string& dir, const std::string& name);

}  // namespace nk
