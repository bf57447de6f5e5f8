#pragma once
// The search index, built from the published model (never from HTML, never from the raw
// network), and its split into files that the browser loads through <script> tags, so
// that it also works from file://. docs/search.md describes the format.
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "model/network.h"
#include "render/output.h"

namespace nk {

// Field weights, low to high; a term keeps the highest field it occurs in per document.
enum FieldClass : std::uint8_t {
  part_of_text = 0,  // a compound part or synonym of a word in running text
  text = 1,          // omschrijving, uitleg, body
  area = 2,          // gemeenten of the werkgebied, doelgroepen, other short facts
  related = 3,       // the organisation of a contact, names of specialismen
  role = 4,          // functie, rollen, soort
  synonym = 5,       // synoniemen and afkortingen, of the document itself or of what it names
  name = 6,          // naam, titel
  own_abbreviation = 7,  // the entity's own afkorting ("VT", "ZVH")
};

// The facet groups, in the order the page shows them.
enum class Facet { kind, specialism, municipality, audience };

struct SearchDoc {
  std::string kind_label;  // "Aandachtsfunctionaris", "Organisatie", ...
  std::string title;
  std::string url;         // site-root-relative
  std::string subtitle;    // "Jeugdconsulent, Sociaal wijkteam Heerlen"
  std::string phone_display, phone_tel, email;
  std::string snippet;     // a short plain-text excerpt
  std::vector<int> kinds, specialisms, municipalities, audiences;  // facet value indexes
  bool whole_region = false;  // serves every gemeente
};

struct Posting {
  std::uint32_t doc;
  std::uint8_t field;  // FieldClass
};

struct FacetValue {
  std::string id, label;
};

struct SearchIndex {
  std::vector<SearchDoc> docs;
  std::map<std::string, std::vector<Posting>> terms;  // stem -> postings, doc order
  // Documents that serve the whole region, and the terms of gemeente names: such a term
  // also finds every regional document (as FieldClass::part_of_text), which its postings
  // leave out.
  std::vector<std::uint32_t> regional_docs;
  std::set<std::string> regional_terms;
  std::vector<FacetValue> kinds, specialisms, municipalities, audiences;
};

SearchIndex build_search_index(const Network& network, const Sections& sections);

struct ShardLimits {
  std::size_t inline_postings = 512;    // a longer postings list gets its own file (p/<term>.js)
  std::size_t docs_per_chunk = 1;       // result data: only the results shown are loaded
  std::size_t facets_per_chunk = 32;    // facet values per document, for counts: small, as results scatter
  std::size_t counts_from = 24;         // a term of this many documents has its facet counts (c/<term>.js)
};

// The shard of a term: its first three letters (a shorter term is its own key).
std::string search_shard_key(const std::string& term);

// The facet counts of a set of documents (doc order): the number that serve the whole
// region, then (value, count) pairs over kinds, specialisms, gemeenten and audiences in a
// row, each value as the difference from the previous one.
std::string facet_counts_text(const SearchIndex& index, const std::vector<std::uint32_t>& docs);

// The index as files under zoeken/index/ (paths relative to the site root).
std::vector<OutputFile> search_index_files(const SearchIndex& index, const ShardLimits& limits = {});

// A number in the index's text encoding: base 32 digits, most significant first, each but
// the last from the upper half of a 64-character alphabet. Exposed for tests.
std::string encode_number(std::uint32_t value);

}  // namespace nk
