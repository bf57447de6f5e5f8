// netwerkkaart: the command line. Parses arguments (CLI11), shows Dutch help and usage
// errors, and hands over to one command. Exit codes follow site.md.
#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>
#include <string>

#include "cli/build_command.h"
#include "cli/check_command.h"
#include "cli/help.h"
#include "render/maps/layout_pool.h"
#include "text/suggest.h"

namespace {

int usage_error(const std::string& message, const std::string& command) {
  std::cerr << "netwerkkaart: " << message << "\n"
            << "Zie 'netwerkkaart " << (command.empty() ? "" : command + " ") << "--help'.\n";
  return 2;
}

// CLI11 speaks English; partners get Dutch, and a misspelt option gets the right one.
std::string dutch_parse_error(const CLI::ParseError& e, const CLI::App* command) {
  std::string what = e.what();
  if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
    std::vector<std::string> extras = command ? command->remaining() : std::vector<std::string>{};
    std::string unknown = extras.empty() ? what.substr(what.find(':') + 1) : extras.front();
    for (const auto& extra : extras)
      if (extra.rfind("-", 0) == 0) { unknown = extra; break; }
    std::string message = "onbekende optie of argument '" + unknown + "'";
    if (command && unknown.rfind("-", 0) == 0) {
      std::vector<std::string> names;
      for (const auto* option : command->get_options())
        for (const auto& name : option->get_lnames()) names.push_back("--" + name);
      std::vector<std::string_view> views(names.begin(), names.end());
      std::string suggestion = nk::did_you_mean(unknown.substr(0, unknown.find('=')), views);
      if (!suggestion.empty()) message += "; " + suggestion;
    }
    return message;
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) return "een optie mist haar waarde";
  if (dynamic_cast<const CLI::ValidationError*>(&e) || dynamic_cast<const CLI::ConversionError*>(&e)) {
    if (what.find("--format") != std::string::npos) return "--format is tekst, github of json";
    return "ongeldige waarde bij een optie";
  }
  return what;
}

}  // namespace

int main(int argc, char** argv) {
  // Internal: the maps' layout service, started by the build itself (layout_pool.h).
  if (argc == 2 && std::string(argv[1]) == nk::layout_service_argument) return nk::run_layout_service();
  nk::enable_layout_service();
  try {
    CLI::App app{"netwerkkaart"};
    app.set_help_flag();
    app.allow_extras(false);
    bool help = false, version = false;
    app.add_flag("-h,--help", help);
    app.add_flag("--versie,--version", version);
    app.require_subcommand(0, 1);

    nk::CheckCommandOptions check;
    bool check_help = false;
    auto* check_cmd = app.add_subcommand("check", "");
    check_cmd->set_help_flag();
    check_cmd->add_flag("-h,--help", check_help);
    check_cmd->add_option("--data", check.data_dir);
    auto* content = check_cmd->add_option("--content", check.content_dir);
    check_cmd->add_option("--format", check.format)->check(CLI::IsMember({"tekst", "github", "json"}));
    check_cmd->add_flag("--strikt", check.strict);
    check_cmd->add_option("--vandaag", check.today);
    check_cmd->add_option("-j", check.threads);

    nk::BuildCommandOptions build;
    bool build_help = false;
    auto* build_cmd = app.add_subcommand("build", "");
    build_cmd->set_help_flag();
    build_cmd->add_flag("-h,--help", build_help);
    build_cmd->add_option("--data", build.data_dir);
    auto* build_content = build_cmd->add_option("--content", build.content_dir);
    build_cmd->add_option("--theme", build.theme_dir);
    build_cmd->add_option("--out", build.out_dir);
    build_cmd->add_option("--profiel", build.profile)->check(CLI::IsMember({"professionals", "openbaar"}));
    build_cmd->add_option("--vandaag", build.today);
    build_cmd->add_option("-j", build.threads);
    build_cmd->add_option("--cache", build.cache_dir);

    for (const char* later : {"serve", "new", "diff"}) {
      auto* cmd = app.add_subcommand(later, "");
      cmd->allow_extras();
      cmd->set_help_flag();
    }

    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      CLI::App* command = check_cmd->parsed() ? check_cmd : build_cmd->parsed() ? build_cmd : nullptr;
      return usage_error(dutch_parse_error(e, command), command ? command->get_name() : "");
    }
    if (version) {
      std::cout << "netwerkkaart " << NETWERKKAART_VERSION << "\n";
      return 0;
    }
    if (check_cmd->parsed()) {
      if (check_help) {
        std::cout << nk::check_help_text();
        return 0;
      }
      check.content_given = content->count() > 0;
      return nk::run_check(check);
    }
    if (build_cmd->parsed()) {
      if (build_help) {
        std::cout << nk::build_help_text();
        return 0;
      }
      build.content_given = build_content->count() > 0;
      build.default_theme_dir = nk::default_theme_dir();
      if (build.theme_dir == "themes/default") build.theme_dir = build.default_theme_dir;
      return nk::run_build(build);
    }
    for (auto* cmd : app.get_subcommands()) {
      if (cmd->parsed())
        return usage_error("'" + cmd->get_name() + "' is er nog niet in deze versie; nu beschikbaar: check en build", "");
    }
    std::cout << nk::main_help_text();
    return help ? 0 : 2;
  } catch (const std::exception& e) {
    std::cerr << "netwerkkaart: interne fout: " << e.what() << "\n";
    return 3;
  }
}
