#include "diagnostics/format.h"

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "text/utf8.h"

namespace nk {

namespace {

const char* severity_word(Severity s) { return s == Severity::error ? "fout" : "waarschuwing"; }

struct Style {
  bool on;
  std::string operator()(const char* code, const std::string& text) const {
    return on ? std::string("\x1b[") + code + "m" + text + "\x1b[0m" : text;
  }
};

// Line `line` (1-based) of a file, read once per file.
class SourceLines {
 public:
  std::optional<std::string> line(const std::string& path, std::uint32_t line) {
    auto it = files_.find(path);
    if (it == files_.end()) {
      std::vector<std::string> lines;
      std::ifstream in(path, std::ios::binary);
      in.seekg(0, std::ios::end);
      auto size = in.tellg();
      if (in && size >= 0 && size <= 1024 * 1024) {
        in.seekg(0);
        std::string text;
        while (std::getline(in, text)) {
          if (!text.empty() && text.back() == '\r') text.pop_back();
          lines.push_back(std::move(text));
        }
        if (!lines.empty() && lines[0].rfind("\xEF\xBB\xBF", 0) == 0) lines[0].erase(0, 3);
      }
      it = files_.emplace(path, std::move(lines)).first;
    }
    if (line == 0 || line > it->second.size()) return std::nullopt;
    return it->second[line - 1];
  }

 private:
  std::map<std::string, std::vector<std::string>> files_;
};

// The excerpt line as shown: tabs as one space (so the caret lines up), control
// characters and invalid bytes as '?', and very long lines cut around the column.
std::string printable(const std::string& line) {
  std::string out;
  if (find_invalid_utf8(line)) {
    for (unsigned char c : line) out.push_back(c == '\t' ? ' ' : (c < 0x20 || c >= 0x7f) ? '?' : static_cast<char>(c));
    return out;
  }
  for (char c : line) out.push_back(c == '\t' ? ' ' : c);
  return out;
}

std::string escape_github_data(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out.push_back(c);
  }
  return out;
}

std::string escape_github_property(const std::string& s) {
  std::string out;
  for (char c : escape_github_data(s)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out.push_back(c);
  }
  return out;
}

std::string plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

std::string summary_line(const DiagnosticList& list) {
  std::size_t errors = list.errors(), warnings = list.warnings();
  if (errors == 0 && warnings == 0) return "geen problemen gevonden";
  if (warnings == 0) return plural(errors, "fout", "fouten");
  if (errors == 0) return plural(warnings, "waarschuwing", "waarschuwingen");
  return plural(errors, "fout", "fouten") + " en " + plural(warnings, "waarschuwing", "waarschuwingen");
}

std::string format_text(const DiagnosticList& list, bool colour) {
  Style style{colour};
  SourceLines sources;
  std::ostringstream out;
  for (const auto& d : list.items()) {
    std::string location = d.file;
    if (d.line > 0) location += ":" + std::to_string(d.line) + ":" + std::to_string(d.column);
    out << style("1", location + ":") << " "
        << style(d.severity == Severity::error ? "1;31" : "1;35", std::string(severity_word(d.severity)) + " " + std::string(info(d.code).id) + ":")
        << " " << d.message << "\n";
    if (d.line > 0) {
      if (auto line = sources.line(d.file, d.line)) {
        std::string number = std::to_string(d.line);
        std::string gutter(number.size(), ' ');
        std::string shown = printable(*line);
        std::size_t length = count_code_points(shown);
        std::size_t column = d.column > 0 ? d.column - 1 : 0;
        std::size_t underline = std::max<std::size_t>(1, std::min<std::size_t>(d.length, length > column ? length - column : 1));
        if (length > 160) {  // keep the excerpt readable; cut between characters, not inside one
          std::size_t bytes = 0;
          for (std::size_t points = 0; bytes < shown.size() && points < 160; ++points) {
            ++bytes;
            while (bytes < shown.size() && (static_cast<unsigned char>(shown[bytes]) & 0xC0) == 0x80) ++bytes;
          }
          shown = shown.substr(0, bytes) + "...";
        }
        out << " " << number << " | " << shown << "\n";
        if (column <= 160)
          out << " " << gutter << " | " << std::string(column, ' ')
              << style("1;32", "^" + std::string(underline - 1, '~')) << "\n";
      }
    }
    if (!d.suggestion.empty()) {
      std::string suggestion = d.suggestion;
      for (std::size_t p = suggestion.find('\n'); p != std::string::npos; p = suggestion.find('\n', p + 1))
        suggestion.replace(p, 1, "\n    ");
      out << "  = " << style("36", "suggestie:") << " " << suggestion << "\n";
    }
    out << "\n";
  }
  return out.str();
}

std::string format_github(const DiagnosticList& list) {
  std::ostringstream out;
  for (const auto& d : list.items()) {
    out << "::" << (d.severity == Severity::error ? "error" : "warning") << " file=" << escape_github_property(d.file);
    if (d.line > 0) out << ",line=" << d.line << ",col=" << d.column;
    out << ",title=" << escape_github_property(std::string(info(d.code).id)) << "::";
    std::string message = d.message;
    if (!d.suggestion.empty()) message += "\nsuggestie: " + d.suggestion;
    out << escape_github_data(message) << "\n";
  }
  return out.str();
}

std::string format_json(const DiagnosticList& list) {
  using json = nlohmann::ordered_json;
  json items = json::array();
  for (const auto& d : list.items()) {
    json item;
    item["bestand"] = d.file;
    item["regel"] = d.line > 0 ? json(d.line) : json(nullptr);
    item["kolom"] = d.line > 0 ? json(d.column) : json(nullptr);
    item["ernst"] = severity_word(d.severity);
    item["code"] = info(d.code).id;
    item["bericht"] = d.message;
    item["suggestie"] = d.suggestion.empty() ? json(nullptr) : json(d.suggestion);
    items.push_back(std::move(item));
  }
  json root;
  root["diagnostieken"] = std::move(items);
  root["fouten"] = list.errors();
  root["waarschuwingen"] = list.warnings();
  // Replace invalid UTF-8 from hostile input instead of throwing.
  return root.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace nk
