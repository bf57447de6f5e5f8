#include "render/exports/export_support.h"

#include <cstdio>

#include "values/dates.h"

namespace nk {

std::string json_bytes(const nlohmann::ordered_json& value) {
  // The loader only lets valid UTF-8 in; `replace` keeps a dump from ever throwing.
  return value.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::string json_bytes_at(const nlohmann::ordered_json& value, int level) {
  std::string flat = value.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  if (level == 0) return flat;
  std::string pad(2 * static_cast<std::size_t>(level), ' ');
  std::string out;
  out.reserve(flat.size() + flat.size() / 8);
  for (char c : flat) {
    out.push_back(c);
    if (c == '\n') out += pad;
  }
  return out;
}

std::string json_array_bytes(const std::vector<std::string>& items, int level) {
  if (items.empty()) return "[]";
  std::string inner(2 * static_cast<std::size_t>(level + 1), ' ');
  std::size_t size = 4 + 2 * static_cast<std::size_t>(level);
  for (const auto& item : items) size += item.size() + inner.size() + 2;
  std::string out;
  out.reserve(size);
  out += "[\n";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ",\n";
    out += inner;
    out += items[i];
  }
  out += "\n";
  out.append(2 * static_cast<std::size_t>(level), ' ');
  out += "]";
  return out;
}

namespace {

std::uint32_t rotl(std::uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }

void sha1_block(std::uint32_t h[5], const unsigned char* p) {
  std::uint32_t w[80];
  for (int t = 0; t < 16; ++t)
    w[t] = (std::uint32_t(p[4 * t]) << 24) | (std::uint32_t(p[4 * t + 1]) << 16) | (std::uint32_t(p[4 * t + 2]) << 8) |
           p[4 * t + 3];
  for (int t = 16; t < 80; ++t) w[t] = rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
  std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
  for (int t = 0; t < 80; ++t) {
    std::uint32_t f, k;
    if (t < 20) { f = (b & c) | (~b & d); k = 0x5A827999u; }
    else if (t < 40) { f = b ^ c ^ d; k = 0x6ED9EBA1u; }
    else if (t < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8F1BBCDCu; }
    else { f = b ^ c ^ d; k = 0xCA62C1D6u; }
    std::uint32_t temp = rotl(a, 5) + f + e + k + w[t];
    e = d; d = c; c = rotl(b, 30); b = a; a = temp;
  }
  h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e;
}

}  // namespace

std::array<std::uint8_t, 20> sha1(std::string_view data) {
  std::uint32_t h[5] = {0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u, 0xC3D2E1F0u};
  const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
  std::size_t whole = data.size() / 64 * 64;
  for (std::size_t block = 0; block < whole; block += 64) sha1_block(h, bytes + block);
  // The rest, a 1 bit, zeros up to 56 mod 64 bytes, then the length in bits (big-endian):
  // one or two more blocks.
  unsigned char tail[128] = {};
  std::size_t rest = data.size() - whole;
  for (std::size_t i = 0; i < rest; ++i) tail[i] = bytes[whole + i];
  tail[rest] = 0x80;
  std::size_t tail_size = rest < 56 ? 64 : 128;
  std::uint64_t bits = static_cast<std::uint64_t>(data.size()) * 8;
  for (int i = 0; i < 8; ++i) tail[tail_size - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
  for (std::size_t block = 0; block < tail_size; block += 64) sha1_block(h, tail + block);
  std::array<std::uint8_t, 20> out{};
  for (int i = 0; i < 5; ++i)
    for (int j = 0; j < 4; ++j) out[4 * i + j] = static_cast<std::uint8_t>(h[i] >> (24 - 8 * j));
  return out;
}

std::string uuid_v5_url(std::string_view name) {
  static constexpr std::uint8_t url_namespace[16] = {0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1,
                                                     0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};
  std::string input(reinterpret_cast<const char*>(url_namespace), sizeof url_namespace);
  input.append(name);
  auto hash = sha1(input);
  hash[6] = static_cast<std::uint8_t>((hash[6] & 0x0F) | 0x50);  // version 5
  hash[8] = static_cast<std::uint8_t>((hash[8] & 0x3F) | 0x80);  // RFC 4122 variant
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  out.reserve(36);
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out.push_back('-');
    out.push_back(hex[hash[i] >> 4]);
    out.push_back(hex[hash[i] & 0x0F]);
  }
  return out;
}

std::string record_uuid(std::string_view kind, std::string_view key) {
  std::string name = "netwerkkaart:";
  name.append(kind);
  name.push_back(':');
  name.append(key);
  return uuid_v5_url(name);
}

std::string iso_date(const Date& date) { return format_date(date); }

std::string iso_datetime(const DateTime& time) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d", time.date.year, time.date.month, time.date.day,
                time.hour, time.minute);
  return buffer;
}

}  // namespace nk
