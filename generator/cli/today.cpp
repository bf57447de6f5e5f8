#include "cli/today.h"

#include <cstdlib>
#include <ctime>

#include "values/dates.h"

namespace nk {

std::optional<Date> resolve_today(const std::string& vandaag_option, std::string& error) {
  if (!vandaag_option.empty()) {
    if (auto date = parse_date(vandaag_option)) return date;
    error = "--vandaag verwacht een datum als JJJJ-MM-DD, niet '" + vandaag_option + "'";
    return std::nullopt;
  }
  std::time_t now = std::time(nullptr);
  std::tm parts{};
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    char* end = nullptr;
    long long value = std::strtoll(epoch, &end, 10);
    if (*end != '\0' || value < 0) {
      error = "SOURCE_DATE_EPOCH is geen geheel aantal seconden: '" + std::string(epoch) + "'";
      return std::nullopt;
    }
    std::time_t t = static_cast<std::time_t>(value);
    gmtime_r(&t, &parts);
  } else {
    localtime_r(&now, &parts);
  }
  return Date{parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday};
}

}  // namespace nk
