// netwerkkaart: the command line. Parses arguments (CLI11), shows Dutch help and usage
// errors, and hands over to one command. Exit codes follow site.md.
#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>
#include <string>

#include "cli/build_command.h"
#include "cli/check_command.h"
#include "cli/diff_command.h"
#include "cli/new_command.h"
#include "cli/help.h"
#include "cli/serve_command.h"
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
    if (what.find("--format") != std::string::npos) return "--format is tekst, github of json (csv met --verouderd)";
    return "ongeldige waarde bij een optie";
  }
  return what;
}

// The options of a command that builds the site (build, serve).
void add_site_options(CLI::App* cmd, nk::BuildCommandOptions& options) {
  cmd->add_option("--data", options.data_dir);
  cmd->add_option("--content", options.content_dir);
  cmd->add_option("--theme", options.theme_dir);
  cmd->add_option("--out", options.out_dir);
  cmd->add_option("--profiel", options.profile)->check(CLI::IsMember({"professionals", "openbaar"}));
  cmd->add_option("--vandaag", options.today);
  cmd->add_option("-j", options.threads);
  cmd->add_option("--cache", options.cache_dir);
}

// After parsing: what the site options mean beyond their values.
void complete_site_options(CLI::App* cmd, nk::BuildCommandOptions& options) {
  options.content_given = cmd->get_option("--content")->count() > 0;
  options.default_theme_dir = nk::default_theme_dir();
  if (options.theme_dir == "themes/default") options.theme_dir = options.default_theme_dir;
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
    check_cmd->add_option("--format", check.format)->check(CLI::IsMember({"tekst", "github", "json", "csv"}));
    check_cmd->add_flag("--strikt", check.strict);
    check_cmd->add_flag("--verouderd", check.stale);
    check_cmd->add_option("--vandaag", check.today);
    check_cmd->add_option("-j", check.threads);

    nk::BuildCommandOptions build;
    bool build_help = false;
    auto* build_cmd = app.add_subcommand("build", "");
    build_cmd->set_help_flag();
    build_cmd->add_flag("-h,--help", build_help);
    add_site_options(build_cmd, build);

    nk::ServeCommandOptions serve;
    bool serve_help = false;
    auto* serve_cmd = app.add_subcommand("serve", "");
    serve_cmd->set_help_flag();
    serve_cmd->add_flag("-h,--help", serve_help);
    add_site_options(serve_cmd, serve.build);
    serve_cmd->add_option("--port", serve.port)->check(CLI::Range(1, 65535));
    serve_cmd->add_option("--bind", serve.bind);

    nk::NewCommandOptions create;
    bool new_help = false;
    auto* new_cmd = app.add_subcommand("new", "");
    new_cmd->set_help_flag();
    new_cmd->add_flag("-h,--help", new_help);
    new_cmd->add_option("soort", create.kind);
    new_cmd->add_option("id", create.id);
    new_cmd->add_option("--data", create.data_dir);
    new_cmd->add_option("--vandaag", create.today);

    nk::DiffCommandOptions compare;
    bool diff_help = false;
    auto* diff_cmd = app.add_subcommand("diff", "");
    diff_cmd->set_help_flag();
    diff_cmd->add_flag("-h,--help", diff_help);
    diff_cmd->add_option("oude_map", compare.old_data_dir);
    diff_cmd->add_option("--data", compare.data_dir);
    auto* diff_content = diff_cmd->add_option("--content", compare.content_dir);
    diff_cmd->add_option("--vandaag", compare.today);

    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      CLI::App* command = check_cmd->parsed()   ? check_cmd
                          : build_cmd->parsed() ? build_cmd
                          : serve_cmd->parsed() ? serve_cmd
                          : new_cmd->parsed()   ? new_cmd
                          : diff_cmd->parsed()  ? diff_cmd
                                                : nullptr;
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
      complete_site_options(build_cmd, build);
      return nk::run_build(build);
    }
    if (serve_cmd->parsed()) {
      if (serve_help) {
        std::cout << nk::serve_help_text();
        return 0;
      }
      complete_site_options(serve_cmd, serve.build);
      return nk::run_serve(serve);
    }
    if (new_cmd->parsed()) {
      if (new_help) {
        std::cout << nk::new_help_text();
        return 0;
      }
      if (create.kind.empty() || create.id.empty())
        return usage_error("geef een soort (organisatie, training, agenda of overleg) en een id", "new");
      return nk::run_new(create);
    }
    if (diff_cmd->parsed()) {
      if (diff_help) {
        std::cout << nk::diff_help_text();
        return 0;
      }
      if (compare.old_data_dir.empty()) return usage_error("geef de map met de oude gegevens", "diff");
      compare.content_given = diff_content->count() > 0;
      return nk::run_diff(compare);
    }
    std::cout << nk::main_help_text();
    return help ? 0 : 2;
  } catch (const std::exception& e) {
    std::cerr << "netwerkkaart: interne fout: " << e.what() << "\n";
    return 3;
  }
}
