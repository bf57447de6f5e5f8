#pragma once
#include <compare>
#include <cstdint>
#include <string>
#include <vector>

#include "model/source_position.h"

namespace nk {

struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  auto operator<=>(const Date&) const = default;
};

// Local time in Europe/Amsterdam, as the data states it.
struct DateTime {
  Date date;
  int hour = 0;
  int minute = 0;
  auto operator<=>(const DateTime&) const = default;
};

// A Dutch phone number as written, and its normalised forms.
struct PhoneNumber {
  std::string display;  // "043 123 4567"
  std::string tel;      // "+31431234567", for tel: links
};

// An amount in euro cents, so that 49.50 stays exact.
struct EuroAmount {
  std::int64_t cents = 0;
};

// Markdown source. `content` is where its first character stands in the file, so a
// problem inside the Markdown (a bad link) can be reported at its own line.
// A link or image in a Markdown text: its destination, and the line and column (1-based,
// within the text) where cmark saw it start; 0 when unknown.
struct MarkdownLink {
  std::string url;
  int line = 0, column = 0;
};

struct Markdown {
  std::string text;
  SourcePosition content;
  bool block = false;   // a literal or folded block scalar: content starts on the next line
  bool folded = false;  // '>': lines are joined, so positions inside do not map 1:1
  // Found when the file is read, so a file that did not change is not parsed again (serve)
  // and check does not parse thousands of texts in one thread.
  std::vector<MarkdownLink> links;
};

}  // namespace nk
