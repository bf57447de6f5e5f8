#include "render/search/search_index.h"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "render/pages/page_views.h"
#include "render/search/search_text.h"
#include "render/site_paths.h"

namespace nk {

namespace {

constexpr std::string_view alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";

// Markdown source as running text: link targets dropped ("[Veilig Thuis](organisatie:vt)"
// -> "Veilig Thuis"), so ids and URLs do not become words.
std::string markdown_text(std::string_view md) {
  std::string out;
  out.reserve(md.size());
  for (std::size_t i = 0; i < md.size(); ++i) {
    if (md[i] == ']' && i + 1 < md.size() && md[i + 1] == '(') {
      std::size_t close = md.find(')', i + 2);
      if (close != std::string_view::npos) {
        i = close;
        out.push_back(' ');
        continue;
      }
    }
    char c = md[i];
    out.push_back(c == '*' || c == '_' || c == '#' || c == '[' || c == '`' ? ' ' : c);
  }
  return out;
}

std::string snippet_of(const std::string& plain) {
  std::string s;
  bool space = false;
  for (char c : plain) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !s.empty();
      continue;
    }
    if (space) s.push_back(' ');
    space = false;
    s.push_back(c);
  }
  constexpr std::size_t limit = 110;
  if (s.size() <= limit) return s;
  std::size_t cut = s.rfind(' ', limit);
  if (cut == std::string::npos || cut < limit / 2) cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  return s.substr(0, cut) + " …";
}

struct Field {
  std::string text;
  FieldClass field;
};

struct DocDraft {
  SearchDoc doc;
  std::vector<Field> fields;
};

// A group of names for one thing: a specialisme with its synoniemen, a begrip with its
// afkorting. A document that mentions one of them is found by all of them.
struct SynonymGroup {
  std::vector<std::vector<std::string>> phrases;  // stems of each name
};

class Builder {
 public:
  Builder(const Network& net, const Sections& sections) : net_(net), sections_(sections) {}

  SearchIndex build() {
    facet_values();
    documents();
    synonym_groups();
    vocabulary();
    SearchIndex index;
    {
      // The terms a whole-region document would have from every gemeente name.
      std::unordered_map<std::string, std::uint8_t> regional;
      for (const auto& m : net_.municipalities) add_field({m.name.value, FieldClass::part_of_text}, regional);
      for (auto& [term, field] : regional) index.regional_terms.insert(term);
    }
    index.kinds = kinds_;
    index.specialisms = specialisms_;
    index.municipalities = municipalities_;
    index.audiences = audiences_;
    std::unordered_map<std::string, std::vector<Posting>> terms;
    for (std::uint32_t d = 0; d < drafts_.size(); ++d) {
      std::unordered_map<std::string, std::uint8_t> best;
      for (const Field& f : drafts_[d].fields) add_field(f, best);
      for (auto* values : {&drafts_[d].doc.kinds, &drafts_[d].doc.specialisms, &drafts_[d].doc.municipalities,
                           &drafts_[d].doc.audiences}) {
        std::sort(values->begin(), values->end());
        values->erase(std::unique(values->begin(), values->end()), values->end());
      }
      for (auto& [term, field] : best) terms[term].push_back({d, field});
      if (drafts_[d].doc.whole_region) index.regional_docs.push_back(d);
      index.docs.push_back(std::move(drafts_[d].doc));
    }
    for (const auto& term : index.regional_terms) terms[term];  // found through the regional list alone
    for (auto& [term, postings] : terms) {
      std::sort(postings.begin(), postings.end(), [](const Posting& a, const Posting& b) { return a.doc < b.doc; });
      index.terms.emplace(term, std::move(postings));
    }
    return index;
  }

 private:
  void facet_values() {
    kinds_ = {{"organisatie", "Organisatie"}, {"aandachtsfunctionaris", "Aandachtsfunctionaris"},
              {"aanspreekpunt", "Vast aanspreekpunt"}, {"netwerkcontact", "Contactpersoon netwerksamenwerking"},
              {"ervaringsdeskundige", "Ervaringsdeskundige"}, {"aanbod", "Aanbod"}, {"overleg", "Overleg"},
              {"training", "Training"}, {"agenda", "Agenda"}, {"route", "Route"}, {"specialisme", "Specialisme"},
              {"gemeente", "Gemeente"}, {"begrip", "Begrip"}, {"pagina", "Pagina"}};
    for (const auto& s : net_.specialisms) specialisms_.push_back({s.id.value, s.name.value});
    for (const auto& m : net_.municipalities) municipalities_.push_back({m.id.value, m.name.value});
    for (const auto& a : names_of<Audience>()) audiences_.push_back({std::string(a.dutch), capitalised(a.dutch)});
  }

  static std::string capitalised(std::string_view s) {
    std::string out(s);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
    return out;
  }

  enum Kind { k_org, k_af, k_fixed, k_network, k_lived, k_service, k_meeting, k_training, k_agenda, k_route,
              k_specialism, k_municipality, k_term, k_page };

  static int role_kind(ContactRole r) {
    switch (r) {
      case ContactRole::focal_officer: return k_af;
      case ContactRole::fixed_contact: return k_fixed;
      case ContactRole::network_contact: return k_network;
      case ContactRole::lived_experience: return k_lived;
    }
    return k_af;
  }

  void add_specialisms(DocDraft& d, const std::vector<IdRef>& ids, FieldClass field) {
    for (const auto& id : ids) {
      auto it = net_.specialism_index.find(id.value);
      if (it == net_.specialism_index.end()) continue;
      d.doc.specialisms.push_back(static_cast<int>(it->second));
      d.fields.push_back({net_.specialisms[it->second].name.value, field});
    }
  }

  void add_area(DocDraft& d, const ServiceArea& area) {
    if (area.whole_region) {
      // It serves every gemeente too, after what is there for that gemeente alone: the
      // gemeente names' terms carry the list of such documents once (regional_terms),
      // instead of every such document in every gemeente name's postings.
      d.doc.whole_region = true;
      d.fields.push_back({net_.site.region.value, FieldClass::area});
      return;
    }
    for (const auto& id : area.municipalities) {
      auto it = net_.municipality_index.find(id.value);
      if (it == net_.municipality_index.end()) continue;
      d.doc.municipalities.push_back(static_cast<int>(it->second));
      d.fields.push_back({net_.municipalities[it->second].name.value, FieldClass::area});
    }
  }

  void add_audiences(DocDraft& d, const std::vector<Located<Audience>>& audiences) {
    for (const auto& a : audiences) {
      d.doc.audiences.push_back(static_cast<int>(a.value));
      d.fields.push_back({std::string(dutch_name(a.value)), FieldClass::area});
    }
  }

  void add_text(DocDraft& d, const MaybeMarkdown& md) {
    if (!md) return;
    std::string plain = markdown_text(md->value.text);
    if (d.doc.snippet.empty()) d.doc.snippet = snippet_of(plain);
    d.fields.push_back({std::move(plain), FieldClass::text});
  }

  void push(DocDraft d) { drafts_.push_back(std::move(d)); }

  std::string organisation_name(const std::string& id) const {
    auto it = net_.organisation_index.find(id);
    return it == net_.organisation_index.end() ? id : net_.organisations[it->second].name.value;
  }

  void documents() {
    // Organisations with their people and aanbod side by side, ordered by their first
    // gemeente, so that a query about one place needs few chunks of result data.
    std::vector<std::size_t> order(net_.organisations.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    auto place = [&](std::size_t o) -> std::size_t {
      const auto& area = net_.organisations[o].area;
      if (area.whole_region || area.municipalities.empty()) return 0;
      auto it = net_.municipality_index.find(area.municipalities.front().value);
      return it == net_.municipality_index.end() ? 0 : it->second + 1;
    };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return place(a) < place(b); });
    // The pages about a topic first: of two equal matches the client shows the earlier
    // document first, so "Mensenhandel" the specialisme before an aanbod of that name.
    for (std::size_t s = 0; s < net_.specialisms.size(); ++s) specialism(s);
    for (const auto& t : net_.terms) term(t);
    for (std::size_t m = 0; m < net_.municipalities.size(); ++m) municipality(m);
    for (const auto& p : net_.pages) page(p);
    if (sections_.routes)
      for (const auto& r : net_.routes) route(r);
    for (const auto& m : net_.meetings) meeting(m);
    for (const auto& t : net_.trainings) training(t);
    for (const auto& a : net_.agenda) agenda_item(a);
    for (std::size_t o : order) organisation(net_.organisations[o]);
  }

  void organisation(const Organisation& org) {
    const std::string path = entity_path(EntityKind::organisation, org.id.value);
    std::string kind_name;
    if (auto it = net_.kind_index.find(org.kind.value); it != net_.kind_index.end())
      kind_name = net_.organisation_kinds[it->second].name.value;
    DocDraft d;
    d.doc.kind_label = "Organisatie";
    d.doc.kinds = {k_org};
    d.doc.title = org.name.value;
    d.doc.url = path;
    d.doc.subtitle = kind_name;
    if (org.phone) d.doc.phone_display = org.phone->value.display, d.doc.phone_tel = org.phone->value.tel;
    if (org.email) d.doc.email = org.email->value;
    d.fields.push_back({org.name.value, FieldClass::name});
    if (org.abbreviation) d.fields.push_back({org.abbreviation->value, FieldClass::own_abbreviation});
    d.fields.push_back({kind_name, FieldClass::role});
    if (org.address && org.address->place) d.fields.push_back({org.address->place->value, FieldClass::area});
    add_specialisms(d, org.specialisms, FieldClass::related);
    add_area(d, org.area);
    add_text(d, org.description);
    push(std::move(d));

    for (const Contact& c : org.contacts) {
      DocDraft p;
      std::string roles;
      for (const auto& r : c.roles) {
        roles += (roles.empty() ? "" : ", ") + role_label(r.value);
        p.doc.kinds.push_back(role_kind(r.value));
        p.fields.push_back({role_label(r.value), FieldClass::role});
      }
      p.doc.kind_label = roles.empty() ? "Contactpersoon" : roles;
      p.doc.title = c.name.value;
      p.doc.url = path + "#contact-" + c.id.value;
      p.doc.subtitle = (c.function ? c.function->value + ", " : std::string()) + org.name.value;
      if (c.phone) p.doc.phone_display = c.phone->value.display, p.doc.phone_tel = c.phone->value.tel;
      if (c.email) p.doc.email = c.email->value;
      if (c.availability) p.doc.snippet = c.availability->value;
      p.fields.push_back({c.name.value, FieldClass::name});
      if (c.function) p.fields.push_back({c.function->value, FieldClass::role});
      p.fields.push_back({org.name.value, FieldClass::related});
      if (org.abbreviation) p.fields.push_back({org.abbreviation->value, FieldClass::related});
      add_specialisms(p, c.specialisms, FieldClass::related);
      add_area(p, org.area);
      push(std::move(p));
    }

    for (const Service& s : org.services) {
      DocDraft a;
      a.doc.kind_label = "Aanbod";
      a.doc.kinds = {k_service};
      a.doc.title = s.name.value;
      a.doc.url = entity_path(EntityKind::service, s.id.value);
      a.doc.subtitle = org.name.value;
      a.fields.push_back({s.name.value, FieldClass::name});
      if (s.kind) a.fields.push_back({std::string(dutch_name(s.kind->value)), FieldClass::role});
      a.fields.push_back({org.name.value, FieldClass::related});
      add_specialisms(a, s.specialisms, FieldClass::related);
      add_audiences(a, s.audiences);
      add_area(a, s.area);
      add_text(a, s.description);
      push(std::move(a));
    }
  }

  void meeting(const Meeting& m) {
    DocDraft d;
    d.doc.kind_label = "Overleg";
    d.doc.kinds = {k_meeting};
    d.doc.title = m.name.value;
    d.doc.url = entity_path(EntityKind::meeting, m.id.value);
    if (m.kind) d.doc.subtitle = capitalised(dutch_name(m.kind->value));
    d.fields.push_back({m.name.value, FieldClass::name});
    if (m.abbreviation) d.fields.push_back({m.abbreviation->value, FieldClass::own_abbreviation});
    d.fields.push_back({d.doc.subtitle, FieldClass::role});
    add_specialisms(d, m.specialisms, FieldClass::related);
    add_area(d, m.area);
    add_text(d, m.purpose);
    if (m.registration && m.registration->email) d.doc.email = m.registration->email->value;
    push(std::move(d));
  }

  void training(const Training& t) {
    DocDraft d;
    d.doc.kind_label = "Training";
    d.doc.kinds = {k_training};
    d.doc.title = t.name.value;
    std::string provider = t.provider ? organisation_name(t.provider->value) : std::string();
    // Without the trainingen section, a training leads to the organisation that gives it.
    if (sections_.trainings) d.doc.url = entity_path(EntityKind::training, t.id.value);
    else if (t.provider && net_.organisation_index.count(t.provider->value))
      d.doc.url = entity_path(EntityKind::organisation, t.provider->value);
    else return;
    d.doc.subtitle = provider;
    d.fields.push_back({t.name.value, FieldClass::name});
    d.fields.push_back({"training", FieldClass::role});
    d.fields.push_back({provider, FieldClass::related});
    add_specialisms(d, t.specialisms, FieldClass::related);
    add_audiences(d, t.audiences);
    add_text(d, t.description);
    push(std::move(d));
  }

  void agenda_item(const AgendaItem& a) {
    DocDraft d;
    d.doc.kind_label = "Agenda";
    d.doc.kinds = {k_agenda};
    d.doc.title = a.name.value;
    if (sections_.agenda) d.doc.url = entity_path(EntityKind::agenda_item, a.id.value);
    else if (a.lead_organisation && net_.organisation_index.count(a.lead_organisation->value))
      d.doc.url = entity_path(EntityKind::organisation, a.lead_organisation->value);
    else return;
    if (a.kind) d.doc.subtitle = capitalised(dutch_name(a.kind->value));
    d.fields.push_back({a.name.value, FieldClass::name});
    d.fields.push_back({d.doc.subtitle, FieldClass::role});
    add_specialisms(d, a.specialisms, FieldClass::related);
    add_audiences(d, a.audiences);
    add_text(d, a.description);
    push(std::move(d));
  }

  void route(const Route& r) {
    DocDraft d;
    d.doc.kind_label = "Route";
    d.doc.kinds = {k_route};
    d.doc.title = r.name.value;
    d.doc.url = entity_path(EntityKind::route, r.id.value);
    d.fields.push_back({r.name.value, FieldClass::name});
    add_text(d, r.description);
    for (const auto& s : r.steps) d.fields.push_back({s.title.value, FieldClass::area});
    push(std::move(d));
  }

  void specialism(std::size_t s) {
    const Specialism& spec = net_.specialisms[s];
    DocDraft d;
    d.doc.kind_label = "Specialisme";
    d.doc.kinds = {k_specialism};
    d.doc.specialisms = {static_cast<int>(s)};
    d.doc.title = spec.name.value;
    d.doc.url = entity_path(EntityKind::specialism, spec.id.value);
    d.fields.push_back({spec.name.value, FieldClass::name});
    for (const auto& syn : spec.synonyms) d.fields.push_back({syn.value, FieldClass::synonym});
    if (!spec.synonyms.empty()) {
      std::string also;
      for (const auto& syn : spec.synonyms) also += (also.empty() ? "Ook: " : ", ") + syn.value;
      d.doc.subtitle = also;
    }
    add_text(d, spec.description);
    push(std::move(d));
  }

  void municipality(std::size_t m) {
    const Municipality& mun = net_.municipalities[m];
    DocDraft d;
    d.doc.kind_label = "Gemeente";
    d.doc.kinds = {k_municipality};
    d.doc.municipalities = {static_cast<int>(m)};
    d.doc.title = mun.name.value;
    d.doc.url = entity_path(EntityKind::municipality, mun.id.value);
    if (mun.subregion) d.doc.subtitle = "Subregio " + mun.subregion->value;
    d.fields.push_back({mun.name.value, FieldClass::name});
    d.fields.push_back({"gemeente", FieldClass::role});
    if (mun.subregion) d.fields.push_back({mun.subregion->value, FieldClass::area});
    push(std::move(d));
  }

  void term(const Term& t) {
    DocDraft d;
    d.doc.kind_label = "Begrip";
    d.doc.kinds = {k_term};
    d.doc.title = t.term.value + (t.abbreviation ? " (" + t.abbreviation->value + ")" : std::string());
    d.doc.url = entity_path(EntityKind::term, t.id.value);
    d.fields.push_back({t.term.value, FieldClass::name});
    if (t.abbreviation) d.fields.push_back({t.abbreviation->value, FieldClass::own_abbreviation});
    add_text(d, t.explanation);
    push(std::move(d));
  }

  void page(const ContentPage& p) {
    DocDraft d;
    d.doc.kind_label = "Pagina";
    d.doc.kinds = {k_page};
    d.doc.title = p.title.value;
    d.doc.url = p.slug.value + "/index.html";
    d.fields.push_back({p.title.value, FieldClass::name});
    if (p.summary) {
      d.doc.snippet = p.summary->value;
      d.fields.push_back({p.summary->value, FieldClass::area});
    }
    std::string plain = markdown_text(p.body.value.text);
    if (d.doc.snippet.empty()) d.doc.snippet = snippet_of(plain);
    d.fields.push_back({std::move(plain), FieldClass::text});
    push(std::move(d));
  }

  std::vector<std::string> stems_of(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& w : search_words(text)) out.push_back(stemmer_.stem(w));
    return out;
  }

  void synonym_groups() {
    auto add_group = [&](std::vector<std::string_view> names) {
      SynonymGroup g;
      for (auto n : names) {
        auto stems = stems_of(n);
        if (!stems.empty()) g.phrases.push_back(std::move(stems));
      }
      if (g.phrases.size() < 2) return;
      std::size_t gi = groups_.size();
      for (std::size_t p = 0; p < g.phrases.size(); ++p) phrase_starts_[g.phrases[p][0]].push_back({gi, p});
      groups_.push_back(std::move(g));
    };
    for (const auto& s : net_.specialisms) {
      std::vector<std::string_view> names = {s.name.value};
      for (const auto& syn : s.synonyms) names.push_back(syn.value);
      add_group(names);
    }
    for (const auto& t : net_.terms)
      if (t.abbreviation) add_group({t.term.value, t.abbreviation->value});
  }

  void vocabulary() {
    for (const auto& d : drafts_)
      for (const auto& f : d.fields)
        for (const auto& w : search_words(f.text)) splitter_.add_word(w);
  }

  void add_field(const Field& f, std::unordered_map<std::string, std::uint8_t>& best) {
    auto put = [&](const std::string& term, std::uint8_t field) {
      auto [it, inserted] = best.emplace(term, field);
      if (!inserted && it->second < field) it->second = field;
    };
    const std::uint8_t lower = f.field <= FieldClass::text ? std::uint8_t{FieldClass::part_of_text} : static_cast<std::uint8_t>(f.field - 1);
    std::vector<std::string> words = search_words(f.text);
    // A name of one or two words is nearly the query itself: "Mensenhandel" the
    // specialisme before "Zorgcoordinatie mensenhandel" the aanbod.
    const std::uint8_t own = f.field == FieldClass::name && words.size() <= 2 ? std::uint8_t{FieldClass::own_abbreviation}
                                                                            : static_cast<std::uint8_t>(f.field);
    std::vector<std::string> stems;
    const bool keep_stop_words = f.field >= FieldClass::synonym && f.field != FieldClass::name;
    for (const auto& w : words) {
      stems.push_back(stemmer_.stem(w));
      if (!keep_stop_words && is_search_stop_word(w)) continue;
      put(stems.back(), own);
      auto cached = parts_.find(w);
      if (cached == parts_.end()) {
        std::vector<std::string> part_stems;
        for (const auto& p : splitter_.parts(w)) part_stems.push_back(stemmer_.stem(p));
        cached = parts_.emplace(w, std::move(part_stems)).first;
      }
      for (const auto& p : cached->second) put(p, lower);
    }
    // Synonyms and afkortingen of every name the field mentions.
    const std::uint8_t syn_field = f.field >= FieldClass::name ? std::uint8_t{FieldClass::synonym}
                                   : f.field == FieldClass::text ? lower : static_cast<std::uint8_t>(f.field);
    for (std::size_t i = 0; i < stems.size(); ++i) {
      auto it = phrase_starts_.find(stems[i]);
      if (it == phrase_starts_.end()) continue;
      for (auto [g, p] : it->second) {
        const auto& phrase = groups_[g].phrases[p];
        if (i + phrase.size() > stems.size() || !std::equal(phrase.begin(), phrase.end(), stems.begin() + static_cast<std::ptrdiff_t>(i)))
          continue;
        for (std::size_t q = 0; q < groups_[g].phrases.size(); ++q)
          if (q != p)
            for (const auto& s : groups_[g].phrases[q]) put(s, syn_field);
      }
    }
  }

  const Network& net_;
  const Sections& sections_;
  std::vector<FacetValue> kinds_, specialisms_, municipalities_, audiences_;
  std::vector<DocDraft> drafts_;
  std::vector<SynonymGroup> groups_;
  std::unordered_map<std::string, std::vector<std::pair<std::size_t, std::size_t>>> phrase_starts_;
  DutchStemmer stemmer_;
  CompoundSplitter splitter_;
  std::unordered_map<std::string, std::vector<std::string>> parts_;
};

// A term's postings grouped by field class, groups separated by ".": each group one digit
// (field x 2 + form), then either the gaps between its documents (form 0) or, when that is
// shorter, its first document and a bitmap of 5 documents a character (form 1). Frequent
// terms ("af", "geweld") are mostly dense runs of one field, so bitmaps halve them.
std::string postings_text(const std::vector<Posting>& postings) {
  std::string out;
  std::vector<std::uint32_t> docs;
  for (std::uint8_t field = 0; field < 8; ++field) {
    docs.clear();
    for (const Posting& p : postings)
      if (p.field == field) docs.push_back(p.doc);
    if (docs.empty()) continue;
    if (!out.empty()) out.push_back('.');
    std::string gaps;
    std::uint32_t previous = 0;
    for (auto d : docs) {
      gaps += encode_number(d - previous);
      previous = d;
    }
    const std::uint32_t first = docs.front(), span = docs.back() - first + 1;
    const std::string start = encode_number(first);
    if (start.size() + (span + 4) / 5 < gaps.size()) {
      std::string bits((span + 4) / 5, 0);
      for (auto d : docs) bits[(d - first) / 5] = static_cast<char>(bits[(d - first) / 5] | (1 << ((d - first) % 5)));
      for (char& c : bits) c = alphabet[static_cast<std::size_t>(c)];
      out += encode_number(field * 2u + 1) + start + bits;
    } else {
      out += encode_number(field * 2u) + gaps;
    }
  }
  return out;
}

std::string doc_list_text(const std::vector<std::uint32_t>& docs) {
  std::string out;
  std::uint32_t previous = 0;
  for (auto d : docs) {
    out += encode_number(d - previous);
    previous = d;
  }
  return out;
}

std::string js_call(const char* function, const nlohmann::json& a, const nlohmann::json& b) {
  return std::string("nkSearch.") + function + "(" + a.dump() + "," + b.dump() + ");\n";
}

// Terms are a-z and 0-9 only, so they are safe in file names and JavaScript strings.
std::string js_call_text(const char* function, const std::string& name, const std::string& text) {
  return std::string("nkSearch.") + function + "(\"" + name + "\",\"" + text + "\");\n";
}

}  // namespace

std::string encode_number(std::uint32_t value) {
  char digits[8];
  int n = 0;
  do {
    digits[n++] = alphabet[value % 32];
    value /= 32;
  } while (value);
  std::string out;
  for (int i = n - 1; i >= 0; --i) {
    char d = digits[i];
    out.push_back(i > 0 ? alphabet[alphabet.find(d) + 32] : d);
  }
  return out;
}

SearchIndex build_search_index(const Network& network, const Sections& sections) {
  return Builder(network, sections).build();
}

std::string facet_counts_text(const SearchIndex& index, const std::vector<std::uint32_t>& docs) {
  const std::size_t k = index.kinds.size(), s = index.specialisms.size(), m = index.municipalities.size();
  std::vector<std::uint32_t> counts(k + s + m + index.audiences.size(), 0);
  std::uint32_t regional = 0;
  for (auto d : docs) {
    const SearchDoc& doc = index.docs[d];
    for (int v : doc.kinds) ++counts[static_cast<std::size_t>(v)];
    for (int v : doc.specialisms) ++counts[k + static_cast<std::size_t>(v)];
    if (doc.whole_region) ++regional;
    else
      for (int v : doc.municipalities) ++counts[k + s + static_cast<std::size_t>(v)];
    for (int v : doc.audiences) ++counts[k + s + m + static_cast<std::size_t>(v)];
  }
  std::string out = encode_number(regional);
  std::size_t previous = 0;
  for (std::size_t value = 0; value < counts.size(); ++value) {
    if (!counts[value]) continue;
    out += encode_number(static_cast<std::uint32_t>(value - previous)) + encode_number(counts[value]);
    previous = value;
  }
  return out;
}

std::string search_shard_key(const std::string& term) { return term.substr(0, 3); }

std::vector<OutputFile> search_index_files(const SearchIndex& index, const ShardLimits& limits) {
  std::vector<OutputFile> files;
  std::vector<bool> is_regional(index.docs.size(), false);
  for (auto d : index.regional_docs) is_regional[d] = true;
  // One shard per key (a term's first three letters): once a word's first three letters
  // are typed, every further letter is matched in the same shard. A long postings list has
  // its own file, loaded only when its term is wanted; identical lists share one file.
  std::map<std::string, nlohmann::ordered_json> shards;
  std::unordered_map<std::string, std::string> posting_files;
  std::vector<std::uint32_t> docs;
  for (const auto& [term, postings] : index.terms) {
    const bool with_regional = index.regional_terms.count(term) > 0;
    std::string value = with_regional ? "*" : "";
    docs.clear();
    for (const Posting& p : postings)
      if (!with_regional || !is_regional[p.doc]) docs.push_back(p.doc);
    if (with_regional) {
      docs.insert(docs.end(), index.regional_docs.begin(), index.regional_docs.end());
      std::sort(docs.begin(), docs.end());
    }
    // A frequent term's facet counts, so that counting a broad query's results needs the
    // facet values of few documents (assets/zoeken.js); loaded only for counting.
    // With them the counts of its regional documents alone: "topic + gemeente" is a topic's
    // regional documents and a few of the gemeente's own, so only those few need facet values.
    if (docs.size() >= limits.counts_from) {
      value += "~";
      std::string call = js_call_text("c", term, facet_counts_text(index, docs));
      if (!with_regional && !index.regional_docs.empty()) {
        std::vector<std::uint32_t> in_region;
        for (auto d : docs)
          if (is_regional[d]) in_region.push_back(d);
        if (!in_region.empty()) call.insert(call.size() - 3, ",\"" + facet_counts_text(index, in_region) + "\"");
      }
      files.push_back({"zoeken/index/c/" + term + ".js", std::move(call)});
    }
    std::string text = postings_text(postings);
    if (text.size() > limits.inline_postings) {
      auto [it, fresh] = posting_files.emplace(text, term);
      if (fresh) files.push_back({"zoeken/index/p/" + term + ".js", js_call_text("p", term, text)});
      value += "@" + it->second + "," + std::to_string(text.size());
    } else {
      value += text;
    }
    shards[search_shard_key(term)][term] = std::move(value);
  }
  // The manifest names the shards compactly: per first two letters, the third letters of
  // the keys, "." for the key of two letters (or one) itself.
  nlohmann::ordered_json keys = nlohmann::ordered_json::object();
  std::map<std::string, std::string> key_groups;
  for (const auto& [key, terms] : shards) {
    key_groups[key.substr(0, 2)].push_back(key.size() < 3 ? '.' : key[2]);
    files.push_back({"zoeken/index/t/" + key + ".js", "nkSearch.t(\"" + key + "\"," + terms.dump() + ");\n"});
  }
  for (const auto& [group, thirds] : key_groups) keys[group] = thirds;
  std::vector<Posting> regional_postings;
  for (auto d : index.regional_docs) regional_postings.push_back({d, FieldClass::part_of_text});
  files.push_back({"zoeken/index/r.js", "nkSearch.r(\"" + postings_text(regional_postings) + "\");\n"});

  // Result data, a few documents per file.
  const std::size_t n = index.docs.size();
  for (std::size_t start = 0, chunk = 0; start < n; start += limits.docs_per_chunk, ++chunk) {
    nlohmann::json docs = nlohmann::json::array();
    for (std::size_t d = start; d < std::min(n, start + limits.docs_per_chunk); ++d) {
      const SearchDoc& doc = index.docs[d];
      docs.push_back({doc.kind_label, doc.title, doc.url, doc.subtitle, doc.phone_display, doc.phone_tel, doc.email,
                      doc.snippet});
    }
    files.push_back({"zoeken/index/d/" + std::to_string(chunk) + ".js", js_call("d", chunk, docs)});
  }

  // Facet values per document, for counts over any set of results.
  auto list = [](const std::vector<int>& values) {
    std::string out;
    for (int v : values) out += encode_number(static_cast<std::uint32_t>(v));
    return out;
  };
  // Documents split by ",", groups by "."; a group the same as the previous document's is
  // "=" (the people and aanbod of an organisation mostly share its values).
  for (std::size_t start = 0, chunk = 0; start < n; start += limits.facets_per_chunk, ++chunk) {
    std::string text;
    std::array<std::string, 4> previous;
    for (std::size_t d = start; d < std::min(n, start + limits.facets_per_chunk); ++d) {
      const SearchDoc& doc = index.docs[d];
      const std::array<std::string, 4> groups = {list(doc.kinds), list(doc.specialisms),
                                                 doc.whole_region ? std::string("*") : list(doc.municipalities),
                                                 list(doc.audiences)};
      if (d > start) text.push_back(',');
      for (std::size_t g = 0; g < 4; ++g) {
        if (g > 0) text.push_back('.');
        text += d > start && groups[g] == previous[g] && !groups[g].empty() ? std::string("=") : groups[g];
      }
      previous = groups;
    }
    files.push_back({"zoeken/index/f/" + std::to_string(chunk) + ".js",
                     "nkSearch.f(" + std::to_string(chunk) + ",\"" + text + "\");\n"});
  }

  // Per facet value the documents that have it, for browsing without a query; a gemeente
  // also has everything that serves the whole region.
  const std::array<std::pair<char, const std::vector<FacetValue>*>, 4> facets = {
      {{'k', &index.kinds}, {'s', &index.specialisms}, {'g', &index.municipalities}, {'a', &index.audiences}}};
  nlohmann::ordered_json facet_json = nlohmann::ordered_json::object();
  const std::array<const char*, 4> facet_names = {"soort", "specialisme", "gemeente", "doelgroep"};
  for (std::size_t f = 0; f < facets.size(); ++f) {
    std::vector<std::vector<std::uint32_t>> members(facets[f].second->size());
    std::vector<std::uint32_t> regional;  // for gemeenten: what serves the whole region
    for (std::uint32_t d = 0; d < n; ++d) {
      const SearchDoc& doc = index.docs[d];
      const std::vector<int>& values = f == 0 ? doc.kinds : f == 1 ? doc.specialisms : f == 2 ? doc.municipalities : doc.audiences;
      if (f == 2 && doc.whole_region) {
        regional.push_back(d);
        continue;
      }
      for (int v : values) members[static_cast<std::size_t>(v)].push_back(d);
    }
    nlohmann::ordered_json values = nlohmann::ordered_json::array();
    for (std::size_t v = 0; v < members.size(); ++v) {
      values.push_back(members[v].size() + regional.size());  // labels and ids are in the page's options
      if (members[v].empty() && regional.empty()) continue;
      std::vector<std::uint32_t> all = members[v];
      all.insert(all.end(), regional.begin(), regional.end());
      std::sort(all.begin(), all.end());
      std::string key = std::string(1, facets[f].first) + std::to_string(v);
      nlohmann::json value = {doc_list_text(members[v]), facet_counts_text(index, all)};
      files.push_back({"zoeken/index/v/" + key + ".js", js_call("v", key, value)});
    }
    facet_json[facet_names[f]] = values;
  }

  // The totals per facet value: only for counts, so not in the manifest.
  files.push_back({"zoeken/index/n.js", "nkSearch.n(" + facet_json.dump() + ");\n"});
  nlohmann::ordered_json manifest;
  manifest["docs"] = n;
  manifest["docChunk"] = limits.docs_per_chunk;
  manifest["facetChunk"] = limits.facets_per_chunk;
  manifest["keys"] = keys;
  manifest["stopWords"] = search_stop_words();
  files.push_back({"zoeken/index/manifest.js", "nkSearch.m(" + manifest.dump() + ");\n"});
  return files;
}

}  // namespace nk
