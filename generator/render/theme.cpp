#include "render/theme.h"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <unordered_map>

namespace nk {

namespace fs = std::filesystem;

namespace {

// Partials from the theme's templates, never from the data: with the default context a
// value in the data could be looked up as a template.
class ThemeContext : public mustache::context<std::string> {
 public:
  ThemeContext(const mustache::data* data, const std::map<std::string, mustache::data>& partials)
      : mustache::context<std::string>(data), partials_(partials) {}
  // An empty text counts as absent: {{#x}} skips it (Mustache would take any string as
  // true, giving empty parentheses and elements), and {{x}} prints nothing either way.
  const mustache::data* get(const std::string& name) const override {
    static const mustache::data absent(false);
    const mustache::data* value = mustache::context<std::string>::get(name);
    return value && value->is_string() && value->string_value().empty() ? &absent : value;
  }
  const mustache::data* get_partial(const std::string& name) const override {
    auto it = partials_.find(name);
    return it == partials_.end() ? nullptr : &it->second;
  }

 private:
  const std::map<std::string, mustache::data>& partials_;
};

bool read_dir(const fs::path& dir, std::map<std::string, std::string>& templates,
              std::map<std::string, std::string>& assets, std::string& error) {
  std::error_code ec;
  if (fs::is_directory(dir / "templates", ec)) {
    for (const auto& e : fs::directory_iterator(dir / "templates")) {
      if (e.path().extension() != ".mustache") continue;
      std::ifstream in(e.path(), std::ios::binary);
      std::stringstream text;
      text << in.rdbuf();
      templates[e.path().stem().string()] = text.str();
    }
  }
  if (fs::is_directory(dir / "assets", ec)) {
    for (const auto& e : fs::recursive_directory_iterator(dir / "assets")) {
      if (!e.is_regular_file()) continue;
      std::ifstream in(e.path(), std::ios::binary);
      std::stringstream bytes;
      bytes << in.rdbuf();
      assets[fs::relative(e.path(), dir / "assets").generic_string()] = bytes.str();
    }
  }
  if (!fs::is_directory(dir, ec)) {
    error = "de themamap '" + dir.string() + "' bestaat niet";
    return false;
  }
  return true;
}

}  // namespace

std::optional<Theme> Theme::load(const std::string& default_dir, const std::string& override_dir,
                                 const std::vector<std::string>& required, std::string& error) {
  static std::atomic<std::uint64_t> next_id{1};
  Theme theme;
  theme.id_ = next_id++;
  if (!read_dir(default_dir, theme.templates_, theme.assets_, error)) return std::nullopt;
  if (!override_dir.empty() && override_dir != default_dir &&
      !read_dir(override_dir, theme.templates_, theme.assets_, error))
    return std::nullopt;
  for (const auto& [name, text] : theme.templates_) {
    mustache::mustache parsed(text);
    if (!parsed.is_valid()) {
      error = "sjabloon '" + name + ".mustache' is ongeldig: " + parsed.error_message();
      return std::nullopt;
    }
    theme.partials_.emplace(name, mustache::data(text));
  }
  for (const auto& name : required) {
    if (!theme.templates_.count(name)) {
      error = "het thema mist het sjabloon '" + name + ".mustache'";
      return std::nullopt;
    }
  }
  return theme;
}

std::string Theme::render(const std::string& name, const mustache::data& data) const {
  // Parsed templates are kept per thread: a parsed template is not safe to share.
  thread_local std::unordered_map<std::uint64_t, std::unordered_map<std::string, std::unique_ptr<mustache::mustache>>> cache;
  auto& mine = cache[id_];
  auto it = mine.find(name);
  if (it == mine.end()) {
    auto text = templates_.find(name);
    if (text == templates_.end()) throw std::runtime_error("sjabloon '" + name + "' ontbreekt in het thema");
    it = mine.emplace(name, std::make_unique<mustache::mustache>(text->second)).first;
  }
  ThemeContext context(&data, partials_);
  std::ostringstream out;
  it->second->render(context, out);
  return out.str();
}

}  // namespace nk
