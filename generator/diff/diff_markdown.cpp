// The pull-request comment. Everything from the data is escaped: a name or value from a
// pull request can neither format the comment nor mention (@) anybody.
#include <algorithm>
#include <map>
#include <sstream>

#include "diff/data_diff.h"

namespace nk {

namespace {

std::string one_line(const std::string& value, std::size_t max_bytes = 100) {
  std::string out;
  for (char c : value) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.size() > max_bytes) {
    std::size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
    out = out.substr(0, cut) + "…";
  }
  return out;
}

// Plain text in Markdown: every ASCII punctuation character that Markdown or GitHub
// gives a meaning is escaped.
std::string text(const std::string& value) {
  std::string out;
  for (char c : one_line(value, 200)) {
    if (std::string_view("\\`*_{}[]<>#!|~@&").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

// A value as a code span, with a fence longer than any backtick run inside it.
std::string code(const std::string& value) {
  std::string v = one_line(value);
  if (v.empty()) return "(leeg)";
  std::size_t run = 0, longest = 0;
  for (char c : v) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  std::string fence(longest + 1, '`');
  bool pad = longest > 0 || v.front() == '`' || v.back() == '`';
  return fence + (pad ? " " : "") + v + (pad ? " " : "") + fence;
}

std::string change_word(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::added: return "toegevoegd";
    case ChangeKind::removed: return "verwijderd";
    case ChangeKind::changed: return "gewijzigd";
  }
  return {};
}

std::string field_line(const FieldChange& f) {
  if (f.before.empty()) return code(f.field) + ": nieuw " + code(f.after);
  if (f.after.empty()) return code(f.field) + ": weggehaald (was " + code(f.before) + ")";
  return code(f.field) + ": " + code(f.before) + " → " + code(f.after);
}

const char* section_title(const std::string& section) {
  if (section == "organisaties") return "Organisaties";
  if (section == "overleggen") return "Overleggen";
  if (section == "trainingen") return "Trainingen";
  if (section == "agenda") return "Agenda";
  return "Routes";
}

std::string location(const Diagnostic& d) {
  std::string at = d.file;
  if (d.line > 0) at += ":" + std::to_string(d.line) + ":" + std::to_string(d.column);
  return code(at);
}

std::string diagnostic_line(const Diagnostic& d) {
  std::string line = "- " + location(d) + " **" + std::string(info(d.code).id) + "** " + text(d.message);
  if (!d.suggestion.empty()) line += " (suggestie: " + text(d.suggestion) + ")";
  return line + "\n";
}

std::string count(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

std::string format_diff_markdown(const DataDiff& diff) {
  std::ostringstream out;
  out << "## Wat deze wijziging verandert\n\n";

  // Counts per kind, in a fixed order; only kinds that changed get a row.
  struct Counts { std::size_t added = 0, removed = 0, changed = 0; };
  std::map<std::string, Counts> counts;
  auto tally = [&](const std::string& what, ChangeKind kind) {
    auto& c = counts[what];
    (kind == ChangeKind::added ? c.added : kind == ChangeKind::removed ? c.removed : c.changed)++;
  };
  for (const auto& e : diff.entities) {
    tally(section_title(e.section), e.kind);
    for (const auto& p : e.parts)
      tally(p.part == "contactpersoon" ? "Contactpersonen" : p.part == "aanbod" ? "Aanbod" : "Sessies", p.kind);
  }
  if (counts.empty()) {
    out << "Geen organisaties, contactpersonen, aanbod, overleggen, trainingen, sessies, agendapunten of routes "
           "toegevoegd, verwijderd of gewijzigd.\n\n";
  } else {
    out << "| | toegevoegd | verwijderd | gewijzigd |\n|---|---:|---:|---:|\n";
    for (const char* row : {"Organisaties", "Contactpersonen", "Aanbod", "Overleggen", "Trainingen", "Sessies",
                            "Agenda", "Routes"}) {
      auto it = counts.find(row);
      if (it == counts.end()) continue;
      out << "| " << row << " | " << it->second.added << " | " << it->second.removed << " | " << it->second.changed
          << " |\n";
    }
    out << "\n";
  }

  std::string current;
  for (const auto& e : diff.entities) {
    if (e.section != current) {
      current = e.section;
      out << "### " << section_title(current) << "\n\n";
    }
    out << "- **" << change_word(e.kind) << ":** " << text(e.name) << " (" << code(e.file) << ")\n";
    for (const auto& f : e.fields) out << "  - " << field_line(f) << "\n";
    for (const auto& p : e.parts) {
      if (p.part == "sessie") {
        out << "  - sessie van " << code(p.name) << " " << change_word(p.kind);
        bool moved = std::any_of(p.fields.begin(), p.fields.end(), [](const FieldChange& f) { return f.field == "start"; });
        out << (moved ? " (verplaatst)" : "") << (p.fields.empty() ? "\n" : ":\n");
      } else {
        out << "  - " << p.part << " " << change_word(p.kind) << ": " << text(p.name.empty() ? p.id : p.name) << " ("
            << code(p.id) << ")" << (p.fields.empty() ? "\n" : ":\n");
      }
      for (const auto& f : p.fields) out << "    - " << field_line(f) << "\n";
    }
    if (&e == &diff.entities.back() || diff.entities[&e - diff.entities.data() + 1].section != current) out << "\n";
  }
  for (const auto& file : diff.unreadable)
    out << "Let op: " << code(file) << " kon niet als YAML gelezen worden; de wijzigingen daarin staan hierboven niet.\n\n";

  out << "### Controle\n\n";
  if (diff.errors.empty()) {
    out << "Geen fouten";
    if (diff.old_errors > 0) out << " (voor deze wijziging: " << count(diff.old_errors, "fout", "fouten") << ")";
    out << ".\n\n";
  } else {
    out << "**" << count(diff.errors.size(), "fout", "fouten")
        << "**; die moeten opgelost zijn voordat de wijziging op de portal kan komen:\n\n";
    for (const auto& d : diff.errors) out << diagnostic_line(d);
    out << "\n";
  }
  if (diff.new_warnings.empty() && diff.gone_warnings.empty()) {
    out << "Geen nieuwe of verdwenen waarschuwingen.\n";
  } else {
    if (!diff.new_warnings.empty()) {
      out << "Nieuwe waarschuwingen (" << diff.new_warnings.size() << "):\n\n";
      for (const auto& d : diff.new_warnings) out << diagnostic_line(d);
      out << "\n";
    }
    if (!diff.gone_warnings.empty()) {
      out << "Verdwenen waarschuwingen (" << diff.gone_warnings.size() << "):\n\n";
      for (const auto& d : diff.gone_warnings) out << diagnostic_line(d);
      out << "\n";
    }
  }
  std::string result = out.str();
  while (result.size() >= 2 && result.substr(result.size() - 2) == "\n\n") result.pop_back();
  return result;
}

}  // namespace nk
