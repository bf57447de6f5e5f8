#include "render/calendars/ics.h"

#include <gtest/gtest.h>

#include <sstream>
#include <vector>

namespace nk {

namespace {

// The physical lines of `text`, each without its CRLF; fails on a bare CR or LF.
std::vector<std::string> crlf_lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find("\r\n", pos);
    EXPECT_NE(end, std::string::npos) << "text does not end in CRLF";
    if (end == std::string::npos) break;
    std::string line = text.substr(pos, end - pos);
    EXPECT_EQ(line.find_first_of("\r\n"), std::string::npos) << "bare CR or LF in " << line;
    out.push_back(line);
    pos = end + 2;
  }
  return out;
}

std::string unfold(const std::string& text) {
  std::string out;
  for (const auto& line : crlf_lines(text)) {
    if (!line.empty() && line[0] == ' ') out += line.substr(1);
    else out += (out.empty() ? "" : "\n") + line;
  }
  return out;
}

bool valid_utf8_start(const std::string& line) {
  return line.empty() || (static_cast<unsigned char>(line[0]) & 0xC0) != 0x80;
}

}  // namespace

TEST(IcsText, EscapesSeparatorsBackslashAndLineBreaks) {
  EXPECT_EQ(ics_text("a,b;c\\d"), "a\\,b\\;c\\\\d");
  EXPECT_EQ(ics_text("een\r\ntwee\ndrie\rvier"), "een\\ntwee\\ndrie\\nvier");
  EXPECT_EQ(ics_text("tab\tblijft, bel\x07 en nul\x7f gaan"), "tab\tblijft\\, bel en nul gaan");
  EXPECT_EQ(ics_text("Café: één"), "Café: één");  // ':' needs no escape in TEXT
}

TEST(IcsText, InjectedComponentStaysInsideOneProperty) {
  IcsWriter w;
  w.text("SUMMARY", "Training\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:nep");
  const auto lines = crlf_lines(w.str());
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0], "SUMMARY:Training\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:nep");
}

TEST(IcsLine, ShortLineIsUnchanged) {
  EXPECT_EQ(ics_line("UID:abc"), "UID:abc\r\n");
  const std::string exact(75, 'x');
  EXPECT_EQ(ics_line(exact), exact + "\r\n");
  EXPECT_EQ(ics_line(exact + "y"), exact + "\r\n y\r\n");
}

TEST(IcsLine, FoldsAt75OctetsAndUnfoldsToTheOriginal) {
  for (std::size_t n : {76u, 149u, 150u, 151u, 400u}) {
    std::string value(n, 'a');
    std::string folded = ics_line(value);
    for (const auto& line : crlf_lines(folded)) EXPECT_LE(line.size(), 75u);
    EXPECT_EQ(unfold(folded), value);
  }
}

TEST(IcsLine, NeverSplitsAUtf8Sequence) {
  // Two-, three- and four-byte characters at every offset against the fold.
  for (const std::string ch : {"é", "€", "😀"}) {
    for (std::size_t prefix = 0; prefix < 8; ++prefix) {
      std::string value = "DESCRIPTION:" + std::string(prefix, 'x');
      for (int i = 0; i < 60; ++i) value += ch;
      std::string folded = ics_line(value);
      for (const auto& line : crlf_lines(folded)) {
        EXPECT_LE(line.size(), 75u);
        std::string content = line.rfind(' ', 0) == 0 ? line.substr(1) : line;
        EXPECT_TRUE(valid_utf8_start(content)) << "a fold splits " << ch << " (prefix " << prefix << ")";
      }
      EXPECT_EQ(unfold(folded), value);
    }
  }
}

TEST(IcsValues, DatesAndTimes) {
  EXPECT_EQ(ics_date({2026, 11, 6}), "20261106");
  EXPECT_EQ(ics_local_time({{2027, 1, 19}, 9, 5}), "20270119T090500");
  EXPECT_EQ(ics_utc_midnight({2026, 10, 14}), "20261014T000000Z");
}

TEST(IcsTimezone, AmsterdamHasBothRules) {
  IcsWriter w;
  write_amsterdam_timezone(w);
  const std::string& s = w.str();
  EXPECT_NE(s.find("TZID:Europe/Amsterdam\r\n"), std::string::npos);
  EXPECT_NE(s.find("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"), std::string::npos);
  EXPECT_NE(s.find("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"), std::string::npos);
  EXPECT_EQ(s.rfind("BEGIN:VTIMEZONE\r\n", 0), 0u);
}

}  // namespace nk
