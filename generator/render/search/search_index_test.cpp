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

// Every term is in exactly one shard, the one a client finds as the longest shard prefix
// of the term; and no shard is larger than the limit unless it cannot be split further.
TEST(SearchShards, EveryTermIsInTheShardItsLongestPrefixNames) {
  ShardLimits limits;
  limits.shard_bytes = 400;  // small, so that the example is split more than one level
  auto files = search_index_files(example_index(), limits);
  std::set<std::string> prefixes;
  std::map<std::string, std::string> shard_text;
  for (const auto& f : files)
    if (f.path.starts_with("zoeken/index/t/")) {
      std::string prefix = f.path.substr(15, f.path.size() - 15 - 3);
      prefixes.insert(prefix);
      shard_text[prefix] = f.bytes;
    }
  bool deeper = false;
  for (const auto& p : prefixes) deeper = deeper || p.size() > 2;
  EXPECT_TRUE(deeper) << "the limit should have split some shards";
  for (const auto& [term, postings] : example_index().terms) {
    std::string home;
    for (const auto& p : prefixes)
      if (term.starts_with(p) && p.size() > home.size()) home = p;
    ASSERT_FALSE(home.empty()) << term;
    EXPECT_NE(shard_text[home].find("\"" + term + "\":"), std::string::npos) << term << " not in " << home;
    for (const auto& [p, text] : shard_text)
      if (p != home) {
        EXPECT_EQ(text.find("\"" + term + "\":"), std::string::npos) << term << " also in " << p;
      }
  }
  for (const auto& [p, text] : shard_text)
    if (p.size() < limits.max_prefix) {
      // over the limit only when all its terms are exactly the prefix (cannot split)
      if (text.size() > limits.shard_bytes + 64) ADD_FAILURE() << p << " has " << text.size() << " bytes";
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
