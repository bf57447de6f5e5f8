#include <gtest/gtest.h>

#include <set>

#include "render/exports/export_test_data.h"
#include "render/search/search_index.h"
#include "render/search/search_text.h"

namespace nk {
namespace {

using namespace export_test;

// The index's number encoding, decoded the way assets/zoeken.js does.
std::vector<std::uint32_t> decode(const std::string& text) {
  static const std::string alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
  std::vector<std::uint32_t> out;
  std::uint32_t value = 0;
  for (char c : text) {
    auto d = static_cast<std::uint32_t>(alphabet.find(c));
    value = value * 32 + (d & 31);
    if (d < 32) {
      out.push_back(value);
      value = 0;
    }
  }
  return out;
}

TEST(SearchEncoding, NumbersRoundTripAndDelimitThemselves) {
  EXPECT_EQ(encode_number(0), "0");
  EXPECT_EQ(encode_number(31), "v");
  EXPECT_EQ(encode_number(32), "x0");
  std::string joined;
  std::vector<std::uint32_t> values = {0, 1, 31, 32, 1023, 1024, 123456, 4000000000u};
  for (auto v : values) joined += encode_number(v);
  EXPECT_EQ(decode(joined), values);
}

const SearchIndex& example_index() {
  static const SearchIndex index = [] {
    Sections sections;
    sections.search = true;
    return build_search_index(publish(example_network(), Profile::professionals, today), sections);
  }();
  return index;
}

std::vector<std::string> titles_with(const SearchIndex& index, const std::string& word) {
  DutchStemmer stemmer;
  std::vector<std::string> out;
  auto it = index.terms.find(stemmer.stem(search_words(word).at(0)));
  if (it == index.terms.end()) return out;
  for (const Posting& p : it->second) out.push_back(index.docs[p.doc].title);
  return out;
}

bool contains(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

TEST(SearchIndex, CompoundPartsFindTheCompound) {
  // "mishandeling" is a part of "Ouderenmishandeling", the specialisme's name.
  EXPECT_TRUE(contains(titles_with(example_index(), "mishandeling"), "Ouderenmishandeling"));
}

TEST(SearchIndex, SynonymsAndAfkortingenFindWhatTheyName) {
  const auto& index = example_index();
  EXPECT_TRUE(contains(titles_with(index, "loverboys"), "Mensenhandel"));  // specialismen.synoniemen
  EXPECT_TRUE(contains(titles_with(index, "AF"), "Aandachtsfunctionaris (AF)"));  // begrippen.afkorting
  // and a contact with the role aandachtsfunctionaris, through the begrip's afkorting
  auto af = titles_with(index, "af");
  EXPECT_TRUE(contains(af, "Kim Olislagers"));
}

TEST(SearchIndex, FieldsAreWeightedNameAboveText) {
  const auto& index = example_index();
  DutchStemmer stemmer;
  const auto& postings = index.terms.at(stemmer.stem("mensenhandel"));
  std::uint8_t specialism = 0, best_text_only = 0;
  for (const Posting& p : postings) {
    if (index.docs[p.doc].title == "Mensenhandel") specialism = p.field;
    if (index.docs[p.doc].kind_label == "Organisatie" && p.field <= FieldClass::text) best_text_only = p.field;
  }
  EXPECT_GE(specialism, FieldClass::name);
  EXPECT_LE(best_text_only, FieldClass::text);
}

TEST(SearchIndex, PostingsAreInDocumentOrderOncePerDocument) {
  for (const auto& [term, postings] : example_index().terms)
    for (std::size_t i = 1; i < postings.size(); ++i) ASSERT_LT(postings[i - 1].doc, postings[i].doc) << term;
}

TEST(SearchIndex, OnlyPublishedPeopleAreIndexed) {
  Network raw = example_network();
  auto& contacts = raw.organisations.at(raw.organisation_index.at("xonar")).contacts;
  ASSERT_GE(contacts.size(), 1u);
  contacts[0].consent.reset();  // no consent: never published
  const std::string name = contacts[0].name.value;
  Sections sections;
  for (Profile profile : {Profile::professionals, Profile::open}) {
    SearchIndex index = build_search_index(publish(raw, profile, today), sections);
    for (const auto& file : search_index_files(index)) {
      EXPECT_EQ(file.bytes.find(name), std::string::npos) << file.path;
      if (contacts[0].email) {
        EXPECT_EQ(file.bytes.find(contacts[0].email->value), std::string::npos) << file.path;
      }
    }
  }
  // The open profile has none of the professionals-only people.
  SearchIndex open = build_search_index(publish(example_network(), Profile::open, today), sections);
  for (const auto& o : example_network().organisations)
    for (const auto& c : o.contacts)
      if (c.publication.value == Publication::professionals) {
        for (const auto& d : open.docs) EXPECT_NE(d.title, c.name.value);
      }
}

TEST(SearchIndex, NoSecretAddressInAnyFile) {
  for (const auto& file : search_index_files(example_index())) {
    EXPECT_EQ(file.bytes.find("Verborgenhof"), std::string::npos) << file.path;
    EXPECT_EQ(file.bytes.find("6221 ZZ"), std::string::npos) << file.path;
  }
}

// A term's postings as the client decodes them (zoeken.js, postings()): groups per field,
// doc gaps or a bitmap from the group's first document.
std::vector<Posting> decode_postings(const std::string& text) {
  static const std::string alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
  std::vector<Posting> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('.', start);
    if (end == std::string::npos) end = text.size();
    std::string group = text.substr(start, end - start);
    start = end + 1;
    std::size_t head = alphabet.find(group[0]);
    auto field = static_cast<std::uint8_t>(head / 2);
    if (head % 2 == 0) {
      std::uint32_t doc = 0;
      for (auto gap : decode(group.substr(1))) out.push_back({doc += gap, field});
    } else {
      std::size_t i = 1;
      while (alphabet.find(group[i]) >= 32) ++i;  // the first document's last digit
      std::uint32_t first = decode(group.substr(1, i)).at(0);
      for (std::size_t c = i + 1; c < group.size(); ++c) {
        std::size_t bits = alphabet.find(group[c]);
        for (std::uint32_t b = 0; b < 5; ++b)
          if (bits & (1u << b)) out.push_back({first + static_cast<std::uint32_t>(c - i - 1) * 5 + b, field});
      }
    }
  }
  std::sort(out.begin(), out.end(), [](const Posting& a, const Posting& b) { return a.doc < b.doc; });
  return out;
}

// The text between the quotes after `"<name>":"` (a shard entry) or in nkSearch.x("name","<text>").
std::string quoted_after(const std::string& bytes, const std::string& marker) {
  std::size_t at = bytes.find(marker);
  if (at == std::string::npos) return "\x01missing";
  at += marker.size();
  return bytes.substr(at, bytes.find('"', at) - at);
}

// Every term is in exactly one shard, the one named by its first three letters, which the
// manifest lists; its postings (inline or in their own file) decode to the index's, and a
// gemeente name's term also carries the regional documents.
TEST(SearchShards, EveryTermIsInTheShardOfItsFirstThreeLetters) {
  ShardLimits limits;
  limits.inline_postings = 40;  // small, so that the example has postings files too
  const SearchIndex& index = example_index();
  auto files = search_index_files(index, limits);
  std::map<std::string, std::string> by_path;
  for (const auto& f : files) by_path[f.path] = f.bytes;
  std::size_t own_files = 0;
  for (const auto& [term, postings] : index.terms) {
    const std::string key = search_shard_key(term);
    EXPECT_EQ(key, term.substr(0, 3));
    ASSERT_TRUE(by_path.count("zoeken/index/t/" + key + ".js")) << term;
    std::string value = quoted_after(by_path["zoeken/index/t/" + key + ".js"], "\"" + term + "\":\"");
    ASSERT_NE(value, "\x01missing") << term;
    std::size_t shards_with_term = 0;
    for (const auto& [path, bytes] : by_path)
      if (path.starts_with("zoeken/index/t/") && bytes.find("\"" + term + "\":") != std::string::npos) ++shards_with_term;
    EXPECT_EQ(shards_with_term, 1u) << term;
    const bool regional = value.starts_with("*");
    EXPECT_EQ(regional, index.regional_terms.count(term) > 0) << term;
    if (regional) value.erase(0, 1);
    if (value.starts_with("~")) {
      value.erase(0, 1);
      EXPECT_TRUE(by_path.count("zoeken/index/c/" + term + ".js")) << term;
    }
    std::string text = value;
    if (value.starts_with("@")) {
      ++own_files;
      std::string name = value.substr(1, value.find(',') - 1);
      text = quoted_after(by_path["zoeken/index/p/" + name + ".js"], "nkSearch.p(\"" + name + "\",\"");
      EXPECT_EQ(value.substr(value.find(',') + 1), std::to_string(text.size())) << term;
    }
    auto decoded = decode_postings(text);
    ASSERT_EQ(decoded.size(), postings.size()) << term;
    for (std::size_t i = 0; i < postings.size(); ++i) {
      EXPECT_EQ(decoded[i].doc, postings[i].doc) << term;
      EXPECT_EQ(decoded[i].field, postings[i].field) << term;
    }
    // the manifest lists the key: its first two letters, then the third or "."
    const std::string& manifest = by_path["zoeken/index/manifest.js"];
    std::string thirds = quoted_after(manifest, "\"" + key.substr(0, 2) + "\":\"");
    EXPECT_NE(thirds.find(key.size() < 3 ? '.' : key[2]), std::string::npos) << term;
  }
  EXPECT_GT(own_files, 0u) << "the limit should have given some terms their own postings file";
  // the example has organisations for the whole region, found by every gemeente name
  ASSERT_FALSE(index.regional_docs.empty());
  DutchStemmer stemmer;
  EXPECT_TRUE(index.regional_terms.count(stemmer.stem("heerlen")));
  for (auto d : index.regional_docs) EXPECT_TRUE(index.docs[d].whole_region);
}

TEST(SearchShards, PostingsUseBitmapsWhereDense) {
  std::vector<Posting> dense, sparse;
  for (std::uint32_t d = 100; d < 300; d += 2) dense.push_back({d, FieldClass::name});
  for (std::uint32_t d = 0; d < 30000; d += 1000) sparse.push_back({d, FieldClass::text});
  SearchIndex index;
  index.docs.resize(30000);
  index.terms["dicht"] = dense;
  index.terms["dun"] = sparse;
  ShardLimits limits;
  limits.inline_postings = 1000;
  for (const auto& f : search_index_files(index, limits)) {
    if (f.path == "zoeken/index/t/dic.js") {
      std::string text = quoted_after(f.bytes, "\"dicht\":\"~");  // frequent: it has counts
      EXPECT_LT(text.size(), dense.size() / 2) << text;  // a bitmap: 5 documents a character
      auto back = decode_postings(text);
      ASSERT_EQ(back.size(), dense.size()) << text;
      for (std::size_t i = 0; i < back.size(); ++i) EXPECT_EQ(back[i].doc, dense[i].doc);
    }
    if (f.path == "zoeken/index/t/dun.js") {
      auto back = decode_postings(quoted_after(f.bytes, "\"dun\":\"~"));
      ASSERT_EQ(back.size(), sparse.size());
      for (std::size_t i = 0; i < back.size(); ++i) EXPECT_EQ(back[i].doc, sparse[i].doc);
    }
  }
}

TEST(SearchShards, ManifestAndChunksCoverEveryDocument) {
  ShardLimits limits;
  auto files = search_index_files(example_index(), limits);
  const std::size_t n = example_index().docs.size();
  std::size_t doc_files = 0, facet_files = 0;
  bool manifest = false;
  for (const auto& f : files) {
    if (f.path.starts_with("zoeken/index/d/")) ++doc_files;
    if (f.path.starts_with("zoeken/index/f/")) ++facet_files;
    if (f.path == "zoeken/index/manifest.js") {
      manifest = true;
      EXPECT_TRUE(f.bytes.starts_with("nkSearch.m({\"docs\":" + std::to_string(n) + ","));
    }
  }
  EXPECT_TRUE(manifest);
  EXPECT_EQ(doc_files, (n + limits.docs_per_chunk - 1) / limits.docs_per_chunk);
  EXPECT_EQ(facet_files, (n + limits.facets_per_chunk - 1) / limits.facets_per_chunk);
}

TEST(SearchShards, SameBytesEveryTime) {
  Sections sections;
  auto a = search_index_files(build_search_index(publish(example_network(), Profile::professionals, today), sections));
  auto b = search_index_files(build_search_index(publish(example_network(), Profile::professionals, today), sections));
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].path, b[i].path);
    EXPECT_EQ(a[i].bytes, b[i].bytes) << a[i].path;
  }
}

}  // namespace
}  // namespace nk
