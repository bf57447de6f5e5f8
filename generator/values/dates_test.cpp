#include "values/dates.h"

#include <gtest/gtest.h>

namespace nk {

TEST(Dates, ParsesRealDatesOnly) {
  EXPECT_EQ(parse_date("2026-11-22"), (Date{2026, 11, 22}));
  EXPECT_EQ(parse_date("2028-02-29"), (Date{2028, 2, 29}));  // leap year
  EXPECT_FALSE(parse_date("2026-02-29"));
  EXPECT_FALSE(parse_date("2100-02-29"));  // not a leap year
  EXPECT_TRUE(parse_date("2000-02-29"));   // is one
  EXPECT_FALSE(parse_date("2026-04-31"));
  EXPECT_FALSE(parse_date("2026-13-01"));
  EXPECT_FALSE(parse_date("2026-00-10"));
  EXPECT_FALSE(parse_date("22-11-2026"));
  EXPECT_FALSE(parse_date("2026-1-5"));
  EXPECT_FALSE(parse_date("2026-11-22 "));
  EXPECT_FALSE(parse_date("２０２６-11-22"));
}

TEST(Dates, ParsesBothDateTimeForms) {
  EXPECT_EQ(parse_datetime("2027-02-04 09:30"), (DateTime{{2027, 2, 4}, 9, 30}));
  EXPECT_EQ(parse_datetime("2027-02-04T09:30"), (DateTime{{2027, 2, 4}, 9, 30}));
  EXPECT_FALSE(parse_datetime("2027-02-04 24:00"));
  EXPECT_FALSE(parse_datetime("2027-02-04 09:60"));
  EXPECT_FALSE(parse_datetime("2027-02-30 09:00"));
  EXPECT_FALSE(parse_datetime("2027-02-04"));
  EXPECT_FALSE(parse_datetime("2027-02-04 9:30"));
}

TEST(Dates, AddsMonthsClampingToTheMonthEnd) {
  EXPECT_EQ(add_months({2026, 1, 31}, 1), (Date{2026, 2, 28}));
  EXPECT_EQ(add_months({2027, 12, 15}, 1), (Date{2028, 1, 15}));
  EXPECT_EQ(add_months({2025, 11, 22}, 12), (Date{2026, 11, 22}));
  EXPECT_EQ(add_months({2026, 3, 31}, -1), (Date{2026, 2, 28}));
}

TEST(Dates, KnowsWeekdaysAndDayArithmetic) {
  EXPECT_EQ(weekday_of({2026, 11, 16}), 0);  // monday: Week tegen Kindermishandeling 2026
  EXPECT_EQ(weekday_of({2026, 11, 22}), 6);  // sunday
  EXPECT_EQ(add_days({2026, 11, 25}, 15), (Date{2026, 12, 10}));  // Orange the World ends
  EXPECT_EQ(add_days({2026, 12, 31}, 1), (Date{2027, 1, 1}));
  for (long d = -1000; d < 1000; d += 37) EXPECT_EQ(days_from_civil(civil_from_days(d)), d);
  EXPECT_EQ(format_date({2027, 3, 5}), "2027-03-05");
}

}  // namespace nk
