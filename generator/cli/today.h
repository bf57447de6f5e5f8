#pragma once
#include <optional>
#include <string>

#include "model/values.h"

namespace nk {

// "Today" for a run: --vandaag when given, else SOURCE_DATE_EPOCH (its UTC date), else
// the machine's local date. Fixing it makes output reproducible.
std::optional<Date> resolve_today(const std::string& vandaag_option, std::string& error);

}  // namespace nk
