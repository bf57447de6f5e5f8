#include "diff/data_diff.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>

#include "load/input_files.h"
#include "load/load_file.h"
#include "load/source_file.h"
#include "load/yaml_tree.h"
#include "text/slug.h"
#include "values/dates.h"

namespace fs = std::filesystem;

namespace nk {

namespace {

using Flat = std::map<std::string, std::string>;  // field path -> value as written

struct Entity {
  std::string id, name, file;
  YamlNode tree;
};

struct Side {
  // section -> id -> entity
  std::map<std::string, std::map<std::string, Entity>> sections;
  std::vector<std::string> unreadable;
  std::set<std::string> unreadable_ids;  // "section/stem": not described as added or removed
};

const char* section_of(InputKind kind) {
  switch (kind) {
    case InputKind::organisation: return "organisaties";
    case InputKind::meeting: return "overleggen";
    case InputKind::training: return "trainingen";
    case InputKind::agenda_item: return "agenda";
    case InputKind::route: return "routes";
    default: return nullptr;
  }
}

const YamlNode* child(const YamlNode& node, std::string_view key) {
  if (!node.is_mapping()) return nullptr;
  for (const auto& e : node.entries)
    if (e.key == key) return &e.value;
  return nullptr;
}

std::string scalar(const YamlNode* node) { return node && node->is_scalar() ? node->text : std::string(); }

std::string relative_to(const std::string& path, const std::string& dir) {
  std::string prefix = join_path(dir, "");
  if (!prefix.empty() && path.rfind(prefix, 0) == 0) return path.substr(prefix.size());
  return path;
}

Side read_side(const std::string& dir) {
  Side side;
  DiagnosticList ignored;  // check reports these; here we only need the trees
  InputScan scan = scan_inputs(dir, "", false, 100000, ignored);
  for (const auto& input : scan.files) {
    const char* section = section_of(input.kind);
    if (!section) continue;
    std::error_code ec;
    auto size = fs::file_size(input.path, ec);
    if (ec || size > max_file_bytes || !fs::is_regular_file(input.path, ec)) {
      side.unreadable.push_back(relative_to(input.path, dir));
      side.unreadable_ids.insert(std::string(section) + "/" + input.stem);
      continue;
    }
    std::ifstream in(input.path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    SourceFile source(input.path, 0, text.str());
    DiagnosticList problems;
    auto tree = parse_yaml(source, problems);
    if (!tree || !tree->is_mapping()) {
      side.unreadable.push_back(relative_to(input.path, dir));
      side.unreadable_ids.insert(std::string(section) + "/" + input.stem);
      continue;
    }
    Entity e;
    e.id = scalar(child(*tree, "id"));
    if (e.id.empty()) e.id = input.stem;
    e.name = scalar(child(*tree, "naam"));
    e.file = relative_to(input.path, dir);
    e.tree = std::move(*tree);
    side.sections[section].emplace(e.id, std::move(e));
  }
  return side;
}

bool all_scalars(const YamlNode& node) {
  for (const auto& item : node.items)
    if (!item.is_scalar()) return false;
  return true;
}

void flatten(const YamlNode& node, const std::string& path, Flat& out, const std::set<std::string>& skip = {}) {
  switch (node.kind) {
    case YamlNode::Kind::null:
      out[path] = "";
      break;
    case YamlNode::Kind::scalar:
      out[path] = node.text;
      break;
    case YamlNode::Kind::sequence:
      if (all_scalars(node)) {
        std::string joined = "[";
        for (std::size_t i = 0; i < node.items.size(); ++i) joined += (i ? ", " : "") + node.items[i].text;
        out[path] = joined + "]";
      } else {
        for (std::size_t i = 0; i < node.items.size(); ++i)
          flatten(node.items[i], path + "[" + std::to_string(i + 1) + "]", out);
      }
      break;
    case YamlNode::Kind::mapping:
      for (const auto& e : node.entries) {
        if (path.empty() && skip.count(e.key)) continue;
        flatten(e.value, path.empty() ? e.key : path + "." + e.key, out);
      }
      break;
  }
}

std::vector<FieldChange> compare(const Flat& before, const Flat& after) {
  std::vector<FieldChange> out;
  std::set<std::string> keys;
  for (const auto& [k, v] : before) keys.insert(k);
  for (const auto& [k, v] : after) keys.insert(k);
  for (const auto& k : keys) {
    auto b = before.find(k), a = after.find(k);
    std::string bv = b == before.end() ? "" : b->second, av = a == after.end() ? "" : a->second;
    bool present_b = b != before.end(), present_a = a != after.end();
    if (present_b == present_a && bv == av) continue;
    out.push_back({k, present_b ? bv : "", present_a ? av : ""});
  }
  return out;
}

Flat flat_of(const YamlNode& node, const std::set<std::string>& skip = {}) {
  Flat f;
  flatten(node, "", f, skip);
  return f;
}

struct Part {
  std::string id, name;
  Flat fields;
};

// Items of the list under `key`, with an identity from `identify`.
template <class Identify>
std::vector<Part> parts_of(const YamlNode& tree, std::string_view key, Identify identify) {
  std::vector<Part> out;
  const YamlNode* list = child(tree, key);
  if (!list || !list->is_sequence()) return out;
  for (const auto& item : list->items) {
    Part p;
    auto [id, name] = identify(item);
    p.id = id;
    p.name = name;
    p.fields = flat_of(item);
    out.push_back(std::move(p));
  }
  return out;
}

// Parts with ids: matched by id (duplicates, an error for check, pair in order).
void compare_by_id(const std::vector<Part>& before, const std::vector<Part>& after, const std::string& what,
                   std::vector<PartChange>& out) {
  std::vector<bool> used(after.size(), false);
  std::vector<PartChange> changes;
  for (const auto& b : before) {
    auto it = std::find_if(after.begin(), after.end(), [&](const Part& a) { return !used[&a - after.data()] && a.id == b.id; });
    if (it == after.end()) {
      out.push_back({what, ChangeKind::removed, b.id, b.name, {}});
      continue;
    }
    used[it - after.begin()] = true;
    auto fields = compare(b.fields, it->fields);
    if (!fields.empty()) out.push_back({what, ChangeKind::changed, it->id, it->name, std::move(fields)});
  }
  for (std::size_t i = 0; i < after.size(); ++i)
    if (!used[i]) out.push_back({what, ChangeKind::added, after[i].id, after[i].name, {}});
}

// Minutes since the epoch of a session's start as written, or nothing when unreadable.
std::optional<long> start_minutes(const Part& p) {
  auto it = p.fields.find("start");
  if (it == p.fields.end()) return std::nullopt;
  auto t = parse_datetime(it->second);
  if (!t) return std::nullopt;
  return days_from_civil(t->date) * 1440L + t->hour * 60L + t->minute;
}

// Sessions have no id: unchanged ones pair first; each other old session pairs with the
// remaining new one most like it (most equal fields, then the nearest start), so moving a
// session reads as one changed session, not as one removed plus one added.
void compare_sessions(const std::vector<Part>& before, const std::vector<Part>& after, std::vector<PartChange>& out) {
  std::vector<bool> used_b(before.size(), false), used_a(after.size(), false);
  for (std::size_t i = 0; i < before.size(); ++i)
    for (std::size_t j = 0; j < after.size(); ++j)
      if (!used_a[j] && before[i].fields == after[j].fields) {
        used_b[i] = used_a[j] = true;
        break;
      }
  for (std::size_t i = 0; i < before.size(); ++i) {
    if (used_b[i]) continue;
    std::optional<std::size_t> best;
    std::size_t best_equal = 0;
    long best_distance = 0;
    auto from = start_minutes(before[i]);
    for (std::size_t j = 0; j < after.size(); ++j) {
      if (used_a[j]) continue;
      std::size_t equal = 0;
      for (const auto& [k, v] : before[i].fields)
        if (auto it = after[j].fields.find(k); it != after[j].fields.end() && it->second == v) ++equal;
      auto to = start_minutes(after[j]);
      long distance = from && to ? std::labs(*from - *to) : 0;
      if (!best || equal > best_equal || (equal == best_equal && distance < best_distance)) {
        best = j;
        best_equal = equal;
        best_distance = distance;
      }
    }
    if (!best) {
      out.push_back({"sessie", ChangeKind::removed, before[i].id, before[i].name, {}});
      continue;
    }
    used_a[*best] = true;
    out.push_back({"sessie", ChangeKind::changed, before[i].id, before[i].name, compare(before[i].fields, after[*best].fields)});
  }
  for (std::size_t k = 0; k < after.size(); ++k)
    if (!used_a[k]) out.push_back({"sessie", ChangeKind::added, after[k].id, after[k].name, {}});
}

std::pair<std::string, std::string> contact_identity(const YamlNode& item) {
  std::string name = scalar(child(item, "naam"));
  std::string id = scalar(child(item, "id"));
  return {id.empty() ? slugify(name) : id, name};
}

std::pair<std::string, std::string> service_identity(const YamlNode& item) {
  return {scalar(child(item, "id")), scalar(child(item, "naam"))};
}

std::pair<std::string, std::string> session_identity(const YamlNode& item) {
  return {"", scalar(child(item, "start"))};
}

void compare_entity(const std::string& section, const Entity* before, const Entity* after,
                    std::vector<EntityChange>& out) {
  const Entity& e = after ? *after : *before;
  EntityChange change{section, after && before ? ChangeKind::changed : after ? ChangeKind::added : ChangeKind::removed,
                      e.id, e.name.empty() ? e.id : e.name, e.file, {}, {}};
  std::set<std::string> skip;
  if (section == "organisaties") skip = {"contactpersonen", "aanbod"};
  if (section == "trainingen") skip = {"sessies"};
  static const YamlNode empty_tree{};
  const YamlNode& b = before ? before->tree : empty_tree;
  const YamlNode& a = after ? after->tree : empty_tree;
  if (before && after) change.fields = compare(flat_of(b, skip), flat_of(a, skip));
  // Parts are listed for added and removed entities as well: a new organisation adds its contacts.
  if (section == "organisaties") {
    compare_by_id(parts_of(b, "contactpersonen", contact_identity), parts_of(a, "contactpersonen", contact_identity),
                  "contactpersoon", change.parts);
    compare_by_id(parts_of(b, "aanbod", service_identity), parts_of(a, "aanbod", service_identity), "aanbod",
                  change.parts);
  }
  if (section == "trainingen")
    compare_sessions(parts_of(b, "sessies", session_identity), parts_of(a, "sessies", session_identity), change.parts);
  if (change.kind == ChangeKind::changed && change.fields.empty() && change.parts.empty()) return;
  out.push_back(std::move(change));
}

std::string diagnostic_key(const Diagnostic& d, const std::string& dir) {
  return relative_to(d.file, dir) + "\n" + std::string(info(d.code).id) + "\n" + d.message;
}

}  // namespace

DataDiff diff_data(const std::string& old_dir, const std::string& new_dir, const DiagnosticList& old_diagnostics,
                   const DiagnosticList& new_diagnostics) {
  DataDiff diff;
  Side before = read_side(old_dir), after = read_side(new_dir);
  for (const char* section : {"organisaties", "overleggen", "trainingen", "agenda", "routes"}) {
    const auto& b = before.sections[section];
    const auto& a = after.sections[section];
    std::set<std::string> ids;
    for (const auto& [id, e] : b) ids.insert(id);
    for (const auto& [id, e] : a) ids.insert(id);
    for (const auto& id : ids) {
      std::string key = std::string(section) + "/" + id;
      if (before.unreadable_ids.count(key) || after.unreadable_ids.count(key)) continue;  // said below
      auto bi = b.find(id), ai = a.find(id);
      compare_entity(section, bi == b.end() ? nullptr : &bi->second, ai == a.end() ? nullptr : &ai->second,
                     diff.entities);
    }
  }
  diff.unreadable = after.unreadable;

  std::multiset<std::string> old_warnings, new_warnings;
  for (const auto& d : old_diagnostics.items()) {
    if (d.severity == Severity::error) ++diff.old_errors;
    else old_warnings.insert(diagnostic_key(d, old_dir));
  }
  for (const auto& d : new_diagnostics.items())
    if (d.severity == Severity::warning) new_warnings.insert(diagnostic_key(d, new_dir));
  std::vector<Diagnostic> appeared, gone;
  for (const auto& d : new_diagnostics.items()) {
    if (d.severity == Severity::error) diff.errors.push_back(d);
    else if (!old_warnings.count(diagnostic_key(d, new_dir))) appeared.push_back(d);
  }
  for (const auto& d : old_diagnostics.items())
    if (d.severity == Severity::warning && !new_warnings.count(diagnostic_key(d, old_dir))) {
      Diagnostic shown = d;
      shown.file = join_path(new_dir, relative_to(d.file, old_dir));  // as the file is named now
      gone.push_back(std::move(shown));
    }
  // A warning whose wording changed (a renamed organisation, another stale date) but whose
  // code is still on the same file is the same warning: neither new nor gone.
  std::multiset<std::string> gone_codes, appeared_codes;
  auto file_code = [&](const Diagnostic& d) { return relative_to(d.file, new_dir) + "\n" + std::string(info(d.code).id); };
  for (const auto& d : gone) gone_codes.insert(file_code(d));
  for (const auto& d : appeared) {
    auto it = gone_codes.find(file_code(d));
    if (it != gone_codes.end()) gone_codes.erase(it);
    else diff.new_warnings.push_back(d);
  }
  for (const auto& d : appeared) appeared_codes.insert(file_code(d));
  for (auto& d : gone) {
    auto it = appeared_codes.find(file_code(d));
    if (it != appeared_codes.end()) appeared_codes.erase(it);
    else diff.gone_warnings.push_back(std::move(d));
  }
  return diff;
}

}  // namespace nk
