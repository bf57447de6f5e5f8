#pragma once
// A theme: Mustache templates (templates/*.mustache) and static assets (assets/*). The
// default theme is complete; a --theme directory replaces single files of it.
#include <kainjow/mustache.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nk {

namespace mustache = kainjow::mustache;

class Theme {
 public:
  // Reads `default_dir`, then the files of `override_dir` (may be empty) over it. Every
  // template is parsed here, so a broken template stops the build before anything runs.
  // `required` names the templates the outputs use; a missing one is an error here.
  static std::optional<Theme> load(const std::string& default_dir, const std::string& override_dir,
                                   const std::vector<std::string>& required, std::string& error);

  // Renders template `name` (file stem) with `data`. {{x}} is HTML-escaped; {{{x}}} is used
  // only for keys ending in _html, which hold HTML the generator made (a test enforces it).
  // Partials ({{> name}}) come from the theme only, never from the data.
  std::string render(const std::string& name, const mustache::data& data) const;

  const std::map<std::string, std::string>& assets() const { return assets_; }  // name -> bytes
  const std::map<std::string, std::string>& templates() const { return templates_; }

 private:
  std::map<std::string, std::string> templates_;
  std::map<std::string, std::string> assets_;
  std::map<std::string, mustache::data> partials_;
  std::uint64_t id_ = 0;  // keys the per-thread cache of parsed templates
};

}  // namespace nk
