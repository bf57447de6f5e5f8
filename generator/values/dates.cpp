#include "values/dates.h"

#include <cstdio>
#include <string>

namespace nk {

namespace {
bool digits(std::string_view text, std::size_t from, std::size_t count, int& out) {
  if (from + count > text.size()) return false;
  int value = 0;
  for (std::size_t i = from; i < from + count; ++i) {
    char c = text[i];
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  out = value;
  return true;
}
}  // namespace

int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[month - 1];
}

bool is_real_date(const Date& d) {
  return d.year >= 1900 && d.year <= 2200 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
         d.day <= days_in_month(d.year, d.month);
}

std::optional<Date> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  Date d;
  if (!digits(text, 0, 4, d.year) || !digits(text, 5, 2, d.month) || !digits(text, 8, 2, d.day))
    return std::nullopt;
  if (!is_real_date(d)) return std::nullopt;
  return d;
}

std::optional<DateTime> parse_datetime(std::string_view text) {
  if (text.size() != 16 || (text[10] != ' ' && text[10] != 'T') || text[13] != ':')
    return std::nullopt;
  auto date = parse_date(text.substr(0, 10));
  if (!date) return std::nullopt;
  DateTime t{*date, 0, 0};
  if (!digits(text, 11, 2, t.hour) || !digits(text, 14, 2, t.minute)) return std::nullopt;
  if (t.hour > 23 || t.minute > 59) return std::nullopt;
  return t;
}

// Howard Hinnant's days_from_civil.
long days_from_civil(const Date& date) {
  long y = date.year - (date.month <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long mp = (date.month + 9) % 12;
  long doy = (153 * mp + 2) / 5 + date.day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date civil_from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return Date{static_cast<int>(y + (m <= 2 ? 1 : 0)), m, d};
}

Date add_days(const Date& date, long days) { return civil_from_days(days_from_civil(date) + days); }

Date add_months(const Date& date, int months) {
  int index = date.year * 12 + (date.month - 1) + months;
  Date out{index / 12, index % 12 + 1, date.day};
  if (out.day > days_in_month(out.year, out.month)) out.day = days_in_month(out.year, out.month);
  return out;
}

int weekday_of(const Date& date) {
  long days = days_from_civil(date);  // 1970-01-01 was a thursday (3)
  long w = (days + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

std::string format_date(const Date& d) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buffer;
}

std::string format_datetime(const DateTime& t) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, " %02d:%02d", t.hour, t.minute);
  return format_date(t.date) + buffer;
}

}  // namespace nk
