#pragma once
#include <string>

namespace nk {

std::string main_help_text();
std::string check_help_text();

}  // namespace nk
