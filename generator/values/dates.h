#pragma once
#include <optional>
#include <string_view>

#include "model/values.h"

namespace nk {

int days_in_month(int year, int month);
bool is_real_date(const Date& date);

// "YYYY-MM-DD", a real calendar date.
std::optional<Date> parse_date(std::string_view text);
// "YYYY-MM-DD HH:MM" or "YYYY-MM-DDTHH:MM", a real date and time of day.
std::optional<DateTime> parse_datetime(std::string_view text);

// Calendar arithmetic on dates (proleptic Gregorian).
long days_from_civil(const Date& date);
Date civil_from_days(long days);
Date add_days(const Date& date, long days);
// Same day `months` later, clamped to the month's end (31 jan + 1 -> 28/29 feb).
Date add_months(const Date& date, int months);
// 0 = monday ... 6 = sunday.
int weekday_of(const Date& date);

std::string format_date(const Date& date);  // "2026-11-22"
std::string format_datetime(const DateTime& time);  // "2026-11-22 09:30"

}  // namespace nk
