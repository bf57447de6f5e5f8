#include "render/calendars/ics.h"

#include <cstdio>

namespace nk {

std::string ics_text(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        out += "\\n";
        break;
      case '\n': out += "\\n"; break;
      default:
        // Control characters are not allowed in TEXT (RFC 5545 3.3.11), tab aside.
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f) break;
        out.push_back(c);
    }
  }
  return out;
}

std::string ics_line(std::string_view line) {
  // 75 octets on the first line; each continuation starts with a space, so 74 more.
  std::string out;
  out.reserve(line.size() + line.size() / 70 * 3 + 2);
  std::size_t pos = 0;
  std::size_t room = 75;
  while (line.size() - pos > room) {
    std::size_t cut = pos + room;
    // Back up to the start of a UTF-8 sequence (never cut before a continuation byte).
    while (cut > pos && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    if (cut == pos) cut = pos + room;  // not UTF-8 at all; cannot happen for valid input
    out.append(line.substr(pos, cut - pos));
    out += "\r\n ";
    pos = cut;
    room = 74;
  }
  out.append(line.substr(pos));
  out += "\r\n";
  return out;
}

std::string ics_date(const Date& date) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", date.year, date.month, date.day);
  return buf;
}

std::string ics_local_time(const DateTime& time) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "T%02d%02d00", time.hour, time.minute);
  return ics_date(time.date) + buf;
}

std::string ics_utc_midnight(const Date& date) { return ics_date(date) + "T000000Z"; }

void IcsWriter::line(std::string_view name, std::string_view value) {
  std::string l;
  l.reserve(name.size() + 1 + value.size());
  l.append(name);
  l.push_back(':');
  l.append(value);
  out_ += ics_line(l);
}

void write_amsterdam_timezone(IcsWriter& out) {
  out.begin("VTIMEZONE");
  out.line("TZID", "Europe/Amsterdam");
  out.line("X-LIC-LOCATION", "Europe/Amsterdam");
  out.begin("DAYLIGHT");
  out.line("TZOFFSETFROM", "+0100");
  out.line("TZOFFSETTO", "+0200");
  out.line("TZNAME", "CEST");
  out.line("DTSTART", "19700329T020000");
  out.line("RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
  out.end("DAYLIGHT");
  out.begin("STANDARD");
  out.line("TZOFFSETFROM", "+0200");
  out.line("TZOFFSETTO", "+0100");
  out.line("TZNAME", "CET");
  out.line("DTSTART", "19701025T030000");
  out.line("RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
  out.end("STANDARD");
  out.end("VTIMEZONE");
}

}  // namespace nk
