#pragma once
#include <string>

namespace nk {

std::string main_help_text();
std::string check_help_text();
std::string build_help_text();
std::string serve_help_text();
std::string new_help_text();
std::string diff_help_text();

// The default theme: themes/default in the working directory when it is there (a
// checkout), else the one installed beside the sources at build time.
std::string default_theme_dir();

}  // namespace nk
