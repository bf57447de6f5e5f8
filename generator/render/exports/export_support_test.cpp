#include "render/exports/export_support.h"

#include <gtest/gtest.h>

#include <regex>

namespace nk {
namespace {

std::string hex(const std::array<std::uint8_t, 20>& digest) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  for (auto b : digest) {
    out.push_back(digits[b >> 4]);
    out.push_back(digits[b & 0x0F]);
  }
  return out;
}

TEST(Sha1, MatchesTheFipsVectorsAndBlockBoundaries) {
  EXPECT_EQ(hex(sha1("")), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  EXPECT_EQ(hex(sha1("abc")), "a9993e364706816aba3e25717850c26c9cd0d89d");
  EXPECT_EQ(hex(sha1("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
            "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
  // 55 bytes fit one block with the length; 56 and 63 need a second; 64 is one full block.
  EXPECT_EQ(hex(sha1(std::string(55, 'a'))), "c1c8bbdc22796e28c0e15163d20899b65621d65a");
  EXPECT_EQ(hex(sha1(std::string(56, 'a'))), "c2db330f6083854c99d4b5bfb6e8f29f201be699");
  EXPECT_EQ(hex(sha1(std::string(63, 'a'))), "03f09f5b158a7a8cdad920bddc29b81c18a551f5");
  EXPECT_EQ(hex(sha1(std::string(64, 'a'))), "0098ba824b5c16427bd7a1122a5a442a25ec644d");
  EXPECT_EQ(hex(sha1(std::string(1000000, 'a'))), "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

TEST(Uuid, IsVersion5InTheUrlNamespaceLikePython) {
  // uuid.uuid5(uuid.NAMESPACE_URL, name) gives the same.
  EXPECT_EQ(uuid_v5_url("http://python.org/"), "4c565f0d-3f5a-5890-b41b-20cf47701c5e");
  EXPECT_EQ(record_uuid("organisatie", "xonar"), "6c3e6b1e-cd06-51f3-aeb1-441c50346c01");
  EXPECT_EQ(record_uuid("aanbod", "xonar-crisisopvang"), "5303409e-a78d-53b7-8676-e06da11b6fde");
  EXPECT_EQ(record_uuid("specialisme", "huiselijk-geweld"), "ab4c8c5f-1856-5584-a479-18d858fd8bac");
  std::regex v5("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
  for (const char* key : {"a", "b", "xonar/linda-souren", ""})
    EXPECT_TRUE(std::regex_match(record_uuid("contactpersoon", key), v5)) << key;
  EXPECT_NE(record_uuid("organisatie", "x"), record_uuid("aanbod", "x"));
}

TEST(JsonBytes, IsStableUtf8WithANewline) {
  nlohmann::ordered_json j;
  j["z"] = "Loïs";
  j["a"] = 1;
  EXPECT_EQ(json_bytes(j), "{\n  \"z\": \"Loïs\",\n  \"a\": 1\n}\n");
  // Invalid UTF-8 (never loaded, but a dump must not throw) is replaced.
  j["z"] = std::string("\xff");
  EXPECT_NO_THROW(json_bytes(j));
}

TEST(JsonBytes, PiecesPrintLikeTheWhole) {
  nlohmann::ordered_json item = {{"a", "x\ny"}, {"b", nlohmann::ordered_json::array({1, 2})}, {"c", nlohmann::ordered_json::object()}};
  nlohmann::ordered_json doc;
  doc["lijst"] = nlohmann::ordered_json::array({item, item});
  doc["leeg"] = nlohmann::ordered_json::array();
  std::string pieces = "{\n  \"lijst\": " + json_array_bytes({json_bytes_at(item, 2), json_bytes_at(item, 2)}, 1) +
                       ",\n  \"leeg\": " + json_array_bytes({}, 1) + "\n}\n";
  EXPECT_EQ(pieces, json_bytes(doc));
}

TEST(Formats, DatesAndLocalTimes) {
  EXPECT_EQ(iso_date(Date{2026, 3, 7}), "2026-03-07");
  EXPECT_EQ(iso_datetime(DateTime{{2026, 3, 7}, 9, 5}), "2026-03-07T09:05");
}

}  // namespace
}  // namespace nk
