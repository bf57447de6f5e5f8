#include "values/contact_formats.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace nk {

namespace {

bool starts_with_nocase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
  return true;
}

bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool valid_host(std::string_view host) {
  if (host.empty() || host.size() > 253) return false;
  // Allow a port; IDN hosts pass as raw UTF-8 bytes.
  if (auto colon = host.rfind(':'); colon != std::string_view::npos) {
    auto port = host.substr(colon + 1);
    if (port.empty() || port.size() > 5 ||
        !std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return false;
    host = host.substr(0, colon);
  }
  if (host.empty() || host.front() == '.' || host.back() == '.' || host.front() == '-') return false;
  for (char c : host) {
    unsigned char u = static_cast<unsigned char>(c);
    if (!(is_ascii_alnum(c) || c == '-' || c == '.' || u >= 0x80)) return false;
  }
  return host.find("..") == std::string_view::npos;
}

}  // namespace

UrlProblem check_url(std::string_view url) {
  bool mailto = starts_with_nocase(url, "mailto:");
  std::size_t rest = starts_with_nocase(url, "https://") ? 8 : starts_with_nocase(url, "http://") ? 7 : 0;
  if (!mailto && rest == 0) return UrlProblem::scheme;
  for (char c : url) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '`')
      return UrlProblem::form;
  }
  if (mailto) {
    auto address = url.substr(7);
    address = address.substr(0, address.find('?'));
    return is_valid_email(address) ? UrlProblem::none : UrlProblem::form;
  }
  auto tail = url.substr(rest);
  auto host = tail.substr(0, tail.find_first_of("/?#"));
  if (host.find('@') != std::string_view::npos) return UrlProblem::form;  // no user:pass@
  return valid_host(host) ? UrlProblem::none : UrlProblem::form;
}

std::string suggest_url(std::string_view url) {
  std::string trimmed(url);
  while (!trimmed.empty() && static_cast<unsigned char>(trimmed.front()) <= 0x20) trimmed.erase(0, 1);
  while (!trimmed.empty() && static_cast<unsigned char>(trimmed.back()) <= 0x20) trimmed.pop_back();
  if (trimmed != url && check_url(trimmed) == UrlProblem::none)
    return "haal de spaties weg: '" + trimmed + "'";
  if (is_valid_email(trimmed)) return "gebruik 'mailto:" + trimmed + "'";
  if (starts_with_nocase(trimmed, "www.") && check_url("https://" + trimmed) == UrlProblem::none)
    return "begin met https://: 'https://" + trimmed + "'";
  return "gebruik een link die begint met https://";
}

bool is_valid_email(std::string_view address) {
  if (address.size() > 254) return false;
  auto at = address.find('@');
  if (at == std::string_view::npos || at == 0 || address.find('@', at + 1) != std::string_view::npos)
    return false;
  auto local = address.substr(0, at);
  auto domain = address.substr(at + 1);
  if (local.size() > 64 || local.front() == '.' || local.back() == '.' ||
      local.find("..") != std::string_view::npos)
    return false;
  static constexpr std::string_view local_extra = "!#$%&'*+/=?^_`{|}~.-";
  for (char c : local)
    if (!is_ascii_alnum(c) && local_extra.find(c) == std::string_view::npos) return false;
  auto dot = domain.rfind('.');
  if (dot == std::string_view::npos) return false;
  auto tld = domain.substr(dot + 1);
  if (tld.size() < 2 || !std::all_of(tld.begin(), tld.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      }))
    return false;
  std::size_t label_start = 0;
  while (label_start <= domain.size()) {
    auto end = domain.find('.', label_start);
    if (end == std::string_view::npos) end = domain.size();
    auto label = domain.substr(label_start, end - label_start);
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
    for (char c : label)
      if (!is_ascii_alnum(c) && c != '-') return false;
    label_start = end + 1;
  }
  return true;
}

namespace {

// Area codes with two digits after the 0; all others have three.
bool two_digit_area(std::string_view digits) {
  static constexpr std::array<std::string_view, 30> codes = {
      "10", "13", "15", "20", "23", "24", "26", "30", "33", "35", "36", "38", "40", "43", "45",
      "46", "50", "53", "55", "58", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79"};
  auto two = digits.substr(1, 2);
  return std::find(codes.begin(), codes.end(), two) != codes.end();
}

}  // namespace

std::optional<PhoneNumber> parse_phone(std::string_view text) {
  std::string digits;
  bool plus = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c >= '0' && c <= '9') digits.push_back(c);
    else if (c == '+' && digits.empty() && !plus) plus = true;
    else if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/') continue;
    else return std::nullopt;
  }
  if (plus) {
    if (digits.rfind("31", 0) != 0) return std::nullopt;
    digits = "0" + digits.substr(2);
  } else if (digits.rfind("0031", 0) == 0) {
    digits = "0" + digits.substr(4);
  }
  // "+31 (0)43 ..." writes the trunk 0 twice.
  if (digits.rfind("00", 0) == 0 && (plus || text.find("0031") != std::string_view::npos))
    digits.erase(0, 1);

  PhoneNumber out;
  if (digits == "112") {
    out.display = "112";
    out.tel = "112";
    return out;
  }
  if (digits.rfind("14", 0) == 0 && (digits.size() == 5 || digits.size() == 6)) {
    out.display = "14 " + digits.substr(2);
    out.tel = digits;
    return out;
  }
  if (digits.size() < 2 || digits[0] != '0') return std::nullopt;
  for (std::string_view service : {"0800", "0900", "0906", "0909"}) {
    if (digits.rfind(service, 0) == 0) {
      auto rest = digits.substr(4);
      if (rest.size() < 4 || rest.size() > 7) return std::nullopt;
      out.display = std::string(service) + "-" + rest;
      out.tel = "+31" + digits.substr(1);
      return out;
    }
  }
  if (digits.size() != 10) return std::nullopt;
  out.tel = "+31" + digits.substr(1);
  if (digits[1] == '6') {
    out.display = "06 " + digits.substr(2, 4) + " " + digits.substr(6);
  } else if (digits.rfind("088", 0) == 0 || digits.rfind("085", 0) == 0 ||
             digits.rfind("084", 0) == 0 || digits.rfind("087", 0) == 0 ||
             digits.rfind("091", 0) == 0) {
    out.display = digits.substr(0, 3) + " " + digits.substr(3, 3) + " " + digits.substr(6);
  } else if (two_digit_area(digits)) {
    out.display = digits.substr(0, 3) + " " + digits.substr(3, 3) + " " + digits.substr(6);
  } else {
    out.display = digits.substr(0, 4) + " " + digits.substr(4, 3) + " " + digits.substr(7);
  }
  return out;
}

std::optional<EuroAmount> parse_euro(std::string_view text) {
  if (text.empty() || text.size() > 12) return std::nullopt;
  std::int64_t whole = 0;
  std::size_t i = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') whole = whole * 10 + (text[i++] - '0');
  if (i == 0) return std::nullopt;
  std::int64_t cents = 0;
  if (i < text.size()) {
    if (text[i] != '.' && text[i] != ',') return std::nullopt;
    auto decimals = text.substr(i + 1);
    if (decimals.empty() || decimals.size() > 2) return std::nullopt;
    for (char c : decimals) {
      if (c < '0' || c > '9') return std::nullopt;
    }
    cents = std::stoi(std::string(decimals)) * (decimals.size() == 1 ? 10 : 1);
  }
  return EuroAmount{whole * 100 + cents};
}

}  // namespace nk
