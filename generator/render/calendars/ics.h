#pragma once
// RFC 5545 content lines: escaping of TEXT values and folding of long lines. Every line
// ends in CRLF, no line is longer than 75 octets and a fold never splits a UTF-8
// sequence. Text from the data can therefore never start a line of its own: CR and LF
// become the two characters "\n", so a name holding "BEGIN:VEVENT" stays inside its value.
#include <string>
#include <string_view>

#include "model/values.h"

namespace nk {

// A TEXT value: '\' ';' ',' escaped with a backslash, every line break (CRLF, CR, LF) as
// "\n", other control characters (except tab) dropped.
std::string ics_text(std::string_view text);

// One content line ("NAME;PARAM=x:value"), folded, with its CRLF.
std::string ics_line(std::string_view line);

// DATE "20261116", local DATE-TIME "20270119T090000", UTC DATE-TIME "20261122T000000Z".
std::string ics_date(const Date& date);
std::string ics_local_time(const DateTime& time);
std::string ics_utc_midnight(const Date& date);

// Builds an iCalendar object line by line.
class IcsWriter {
 public:
  void begin(std::string_view component) { line("BEGIN", component); }
  void end(std::string_view component) { line("END", component); }
  // A property whose value is written as given (dates, enumerations, RRULE ...).
  void line(std::string_view name, std::string_view value);
  // A property with a TEXT value from the data.
  void text(std::string_view name, std::string_view value) { line(name, ics_text(value)); }
  const std::string& str() const { return out_; }

 private:
  std::string out_;
};

// The VTIMEZONE of Europe/Amsterdam (CET/CEST, EU rules since 1996), for TZID references.
void write_amsterdam_timezone(IcsWriter& out);

}  // namespace nk
