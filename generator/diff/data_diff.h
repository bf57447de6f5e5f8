#pragma once
// What a change to the data does, entity by entity and field by field. Compares the YAML
// of two data directories as written (not the checked model), so a pull request that
// still has errors is described too. Identity: file id for entities, contact id (or the
// slug of its naam) within an organisation, aanbod id; sessions have no id and are
// paired: unchanged ones first, then each with the most similar (nearest start).
// Warnings match on file, code and message; one left over on both sides with the same file
// and code (a renamed organisation, another stale date) is the same warning still there.
#include <map>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"

namespace nk {

struct FieldChange {
  std::string field;  // "telefoon", "adres.straat", "relaties[2].soort"
  std::string before, after;  // empty: absent
};

enum class ChangeKind { added, removed, changed };

struct PartChange {  // a contact, aanbod or session inside an entity
  std::string part;  // "contactpersoon", "aanbod", "sessie"
  ChangeKind kind;
  std::string id;
  std::string name;
  std::vector<FieldChange> fields;  // for changed
};

struct EntityChange {
  std::string section;  // "organisaties", "overleggen", "trainingen", "agenda", "routes"
  ChangeKind kind;
  std::string id;
  std::string name;
  std::string file;  // relative to the data directory
  std::vector<FieldChange> fields;
  std::vector<PartChange> parts;
};

struct DataDiff {
  std::vector<EntityChange> entities;  // by section order, then id
  std::vector<Diagnostic> errors;            // in the new data
  std::vector<Diagnostic> new_warnings;      // in the new data, not in the old
  std::vector<Diagnostic> gone_warnings;     // in the old data, not in the new
  std::size_t old_errors = 0;
  std::vector<std::string> unreadable;       // files whose YAML could not be read at all
};

// `old_diagnostics` / `new_diagnostics`: the full check of each side; their file names
// start with the respective data dir, which is stripped for comparison.
DataDiff diff_data(const std::string& old_dir, const std::string& new_dir, const DiagnosticList& old_diagnostics,
                   const DiagnosticList& new_diagnostics);

// The Markdown for a pull-request comment.
std::string format_diff_markdown(const DataDiff& diff);

}  // namespace nk
