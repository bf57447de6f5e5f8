// netwerkkaart: the command line. Parses arguments (CLI11), shows Dutch help and usage
// errors, and hands over to one command. Exit codes follow site.md.
#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>
#include <string>

#include "cli/check_command.h"
#include "cli/help.h"

namespace {

int usage_error(const std::string& message, const std::string& command) {
  std::cerr << "netwerkkaart: " << message << "\n"
            << "Zie 'netwerkkaart " << (command.empty() ? "" : command + " ") << "--help'.\n";
  return 2;
}

// CLI11 speaks English; partners get Dutch.
std::string dutch_parse_error(const CLI::ParseError& e) {
  std::string what = e.what();
  if (dynamic_cast<const CLI::ExtrasError*>(&e)) return "onbekende optie of extra argument: " + what.substr(what.find(':') + 1);
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) return "een optie mist haar waarde (" + what + ")";
  if (dynamic_cast<const CLI::ValidationError*>(&e)) return "ongeldige waarde: " + what;
  if (dynamic_cast<const CLI::ConversionError*>(&e)) return "ongeldige waarde: " + what;
  return what;
}

}  // namespace

int main(int argc, char** argv) {
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

    for (const char* later : {"build", "serve", "new", "diff"}) {
      auto* cmd = app.add_subcommand(later, "");
      cmd->allow_extras();
      cmd->set_help_flag();
    }

    try {
      app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
      std::string command = check_cmd->parsed() ? "check" : "";
      return usage_error(dutch_parse_error(e), command);
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
    for (auto* cmd : app.get_subcommands()) {
      if (cmd->parsed())
        return usage_error("'" + cmd->get_name() + "' is er nog niet in deze versie; nu beschikbaar: check", "");
    }
    std::cout << nk::main_help_text();
    return help ? 0 : 2;
  } catch (const std::exception& e) {
    std::cerr << "netwerkkaart: interne fout: " << e.what() << "\n";
    return 3;
  }
}
