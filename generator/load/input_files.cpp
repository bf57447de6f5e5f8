#include "load/input_files.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace nk {

namespace fs = std::filesystem;

namespace {

struct Folder {
  const char* name;
  InputKind kind;
};
constexpr Folder entity_folders[] = {
    {"organisaties", InputKind::organisation}, {"overleggen", InputKind::meeting},
    {"trainingen", InputKind::training},       {"agenda", InputKind::agenda_item},
    {"routes", InputKind::route},
};
struct TopFile {
  const char* name;
  InputKind kind;
};
constexpr TopFile top_files[] = {
    {"site.yaml", InputKind::site},
    {"gemeenten.yaml", InputKind::municipalities},
    {"soorten.yaml", InputKind::organisation_kinds},
    {"specialismen.yaml", InputKind::specialisms},
    {"begrippen.yaml", InputKind::terms},
};

void report_file(DiagnosticList& out, Code code, const std::string& path, std::string message,
                 std::string suggestion = {}) {
  out.add(code, path, 0, 0, std::move(message), std::move(suggestion));
}

std::string unknown_file_suggestion(const fs::path& name, const char* expected_ext) {
  if (name.extension() == ".yml" && std::string(expected_ext) == ".yaml")
    return "hernoem naar '" + name.stem().string() + ".yaml'";
  return std::string("verwijder het bestand of zet het buiten de map; alleen ") + expected_ext +
         "-bestanden horen hier";
}

// Lists a directory, sorted, reporting symbolic links.
std::vector<fs::directory_entry> list_sorted(const fs::path& dir, std::size_t max_files, std::error_code& ec) {
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    entries.push_back(*it);
    if (entries.size() > max_files) break;
  }
  // All in one folder, so the whole paths sort as their names do, without making two path
  // objects per comparison (thousands of files, at every build of serve).
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path().native() < b.path().native(); });
  return entries;
}

bool is_symlink(const fs::directory_entry& e) {
  std::error_code ec;
  return e.is_symlink(ec);
}

}  // namespace

std::string join_path(const std::string& dir, const std::string& name) {
  if (dir.empty() || dir == ".") return name;
  if (dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

InputScan scan_inputs(const std::string& data_dir, const std::string& content_dir,
                      bool content_required, std::size_t max_files, DiagnosticList& out) {
  InputScan scan;
  std::error_code ec;
  if (!fs::is_directory(data_dir, ec)) {
    scan.fatal = "de datamap '" + data_dir + "' bestaat niet of is geen map";
    return scan;
  }
  auto top = list_sorted(data_dir, max_files, ec);
  if (ec) {
    scan.fatal = "de datamap '" + data_dir + "' kan niet gelezen worden: " + ec.message();
    return scan;
  }
  std::size_t total = 0;
  bool too_many_reported = false;
  auto count_file = [&](const std::string& path) {
    if (++total <= max_files) return true;
    if (!too_many_reported) {
      too_many_reported = true;
      report_file(out, Code::too_many_files, path, "meer dan " + std::to_string(max_files) + " bestanden in de invoer",
                  "dit is meer dan het formaat aankan; controleer of de juiste map is gekozen");
    }
    return false;
  };

  for (const auto& t : top_files) {
    std::string path = join_path(data_dir, t.name);
    if (!fs::exists(fs::symlink_status(path, ec)))
      report_file(out, Code::missing_file, path, std::string("het bestand '") + t.name + "' ontbreekt",
                  "elke datamap heeft site.yaml, gemeenten.yaml, soorten.yaml, specialismen.yaml en begrippen.yaml");
  }

  for (const auto& entry : top) {
    std::string name = entry.path().filename().string();
    std::string path = join_path(data_dir, name);
    if (is_symlink(entry)) {
      report_file(out, Code::symbolic_link, path, "'" + name + "' is een symbolische link",
                  "zet het echte bestand of de echte map op deze plek");
      continue;
    }
    if (entry.is_directory(ec)) {
      auto folder = std::find_if(std::begin(entity_folders), std::end(entity_folders),
                                 [&](const Folder& f) { return name == f.name; });
      if (folder == std::end(entity_folders)) {
        report_file(out, Code::unknown_folder, path, "onbekende map '" + name + "' in de datamap",
                    "mappen in de datamap: organisaties, overleggen, trainingen, agenda en routes");
        continue;
      }
      std::error_code sub_ec;
      for (const auto& file : list_sorted(entry.path(), max_files, sub_ec)) {
        std::string file_name = file.path().filename().string();
        std::string file_path = join_path(path, file_name);
        if (!count_file(file_path)) break;
        if (is_symlink(file)) {
          report_file(out, Code::symbolic_link, file_path, "'" + file_name + "' is een symbolische link",
                      "zet het echte bestand op deze plek");
        } else if (file.is_directory(ec)) {
          report_file(out, Code::unknown_folder, file_path,
                      "onbekende map '" + file_name + "' in '" + name + "'",
                      std::string("in '") + name + "' staan alleen .yaml-bestanden, een per item");
        } else if (file.path().extension() != ".yaml") {
          report_file(out, Code::unknown_file, file_path, "onbekend bestand '" + file_name + "'",
                      unknown_file_suggestion(file.path(), ".yaml"));
        } else {
          scan.files.push_back(InputFile{file_path, file.path().stem().string(), folder->kind});
        }
      }
      if (sub_ec) scan.fatal = "de map '" + path + "' kan niet gelezen worden: " + sub_ec.message();
      continue;
    }
    auto known = std::find_if(std::begin(top_files), std::end(top_files),
                              [&](const TopFile& f) { return name == f.name; });
    if (known != std::end(top_files)) {
      if (count_file(path)) scan.files.push_back(InputFile{path, entry.path().stem().string(), known->kind});
      continue;
    }
    std::string suggestion = unknown_file_suggestion(entry.path(), ".yaml");
    if (entry.path().extension() == ".yml") {
      std::string yaml = entry.path().stem().string() + ".yaml";
      bool known_yaml = std::any_of(std::begin(top_files), std::end(top_files),
                                    [&](const TopFile& f) { return yaml == f.name; });
      if (!known_yaml) suggestion = "bestanden in de datamap: site.yaml, gemeenten.yaml, soorten.yaml, specialismen.yaml en begrippen.yaml";
    }
    report_file(out, Code::unknown_file, path, "onbekend bestand '" + name + "' in de datamap", suggestion);
  }

  if (!content_dir.empty()) {
    if (!fs::is_directory(content_dir, ec)) {
      if (content_required) scan.fatal = "de contentmap '" + content_dir + "' bestaat niet of is geen map";
    } else {
      for (const auto& file : list_sorted(content_dir, max_files, ec)) {
        std::string file_name = file.path().filename().string();
        std::string file_path = join_path(content_dir, file_name);
        if (!count_file(file_path)) break;
        if (is_symlink(file)) {
          report_file(out, Code::symbolic_link, file_path, "'" + file_name + "' is een symbolische link",
                      "zet het echte bestand op deze plek");
        } else if (file.is_directory(ec)) {
          report_file(out, Code::unknown_folder, file_path, "onbekende map '" + file_name + "' in de contentmap",
                      "de contentmap bevat alleen .md-bestanden");
        } else if (file.path().extension() != ".md") {
          report_file(out, Code::unknown_file, file_path, "onbekend bestand '" + file_name + "' in de contentmap",
                      unknown_file_suggestion(file.path(), ".md"));
        } else {
          scan.files.push_back(InputFile{file_path, file.path().stem().string(), InputKind::content_page});
        }
      }
    }
  }

  std::sort(scan.files.begin(), scan.files.end(),
            [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
  return scan;
}

}  // namespace nk
