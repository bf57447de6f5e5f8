// site.yaml and the list files that every other file refers to.
#include "load/decoders.h"
#include "text/slug.h"

namespace nk {

namespace {

// Calls `fn` with a reader for each item of a top-level list file.
template <class Fn>
void each_record(const YamlNode& root, std::string_view what, DecodeContext& ctx, Fn&& fn) {
  if (root.is_null()) return;  // an empty file is an empty list
  if (!root.is_sequence()) {
    ctx.report(Code::wrong_type, root.at,
               "dit bestand is een lijst van " + std::string(what) + "s, maar hier staat een " + dutch_kind(root),
               "begin elk item met '- '");
    return;
  }
  for (const auto& item : root.items) {
    MappingReader reader(item, what, ctx);
    if (reader.ok()) fn(reader);
  }
}

Text required_id(MappingReader& r) {
  if (!r.has("id")) {
    r.require("id");
    return Text{{}, r.at()};
  }
  auto id = r.id("id");
  return id ? *id : Text{{}, r.at()};
}

}  // namespace

Site decode_site(const YamlNode& root, DecodeContext& ctx) {
  Site site;
  MappingReader r(root, "site.yaml", ctx);
  site.at = r.at();
  if (!r.ok()) return site;
  site.title = r.required_text("titel");
  site.region = r.required_text("regio");
  if (auto url = r.url("basis_url")) {
    if (url->value.rfind("mailto:", 0) == 0)
      ctx.report(Code::invalid_url, url->at, "'basis_url' is een webadres (https://...)",
                 "bijvoorbeeld https://netwerkkaart.example.nl/");
    else
      site.base_url = url;
  }
  if (const YamlNode* maintainer = r.get("beheer")) {
    MappingReader m(*maintainer, "beheer", ctx);
    if (m.ok()) {
      site.maintainer_name = m.text("naam");
      site.maintainer_email = m.email("email");
    }
  }
  site.veilig_thuis = r.id("veilig_thuis");
  if (auto months = r.integer("verouderd_na_maanden", 1, 120)) site.stale_after_months = *months;
  return site;
}

std::vector<Municipality> decode_municipalities(const YamlNode& root, DecodeContext& ctx) {
  std::vector<Municipality> out;
  each_record(root, "gemeente", ctx, [&](MappingReader& r) {
    Municipality m;
    m.at = r.at();
    m.id = required_id(r);
    m.name = r.required_text("naam");
    m.centre = r.boolean("centrumgemeente");
    m.subregion = r.text("subregio");
    out.push_back(std::move(m));
  });
  return out;
}

std::vector<OrganisationKind> decode_organisation_kinds(const YamlNode& root, DecodeContext& ctx) {
  std::vector<OrganisationKind> out;
  each_record(root, "soort", ctx, [&](MappingReader& r) {
    OrganisationKind k;
    k.at = r.at();
    k.id = required_id(r);
    k.name = r.required_text("naam");
    out.push_back(std::move(k));
  });
  return out;
}

std::vector<Specialism> decode_specialisms(const YamlNode& root, DecodeContext& ctx) {
  std::vector<Specialism> out;
  each_record(root, "specialisme", ctx, [&](MappingReader& r) {
    Specialism s;
    s.at = r.at();
    s.id = required_id(r);
    s.name = r.required_text("naam");
    s.description = r.markdown("omschrijving");
    s.parent = r.text("valt_onder");
    s.synonyms = r.text_list("synoniemen");
    out.push_back(std::move(s));
  });
  return out;
}

std::vector<Term> decode_terms(const YamlNode& root, DecodeContext& ctx) {
  std::vector<Term> out;
  each_record(root, "begrip", ctx, [&](MappingReader& r) {
    Term t;
    t.at = r.at();
    t.term = r.required_text("term");
    auto id = id_or_slug(r, t.term);
    t.id = id.id;
    t.id_explicit = id.explicit_id;
    t.abbreviation = r.text("afkorting");
    t.explanation = r.markdown("uitleg");
    t.see_also = r.id_list("zie_ook");
    out.push_back(std::move(t));
  });
  return out;
}

Text entity_id(MappingReader& r, std::string_view stem) {
  Text id{std::string(stem), SourcePosition{r.context().file.index(), 1, 1}};
  if (!r.has("id")) {
    r.get("id");  // allowed, even when absent
    return id;
  }
  if (auto given = r.id("id")) {
    if (given->value != stem && is_valid_id(stem)) {
      r.context().report(Code::id_differs_from_file, given->at,
                         "id '" + given->value + "' verschilt van de bestandsnaam '" + std::string(stem) + ".yaml'",
                         "maak ze gelijk: hernoem het bestand naar '" + given->value +
                             ".yaml' of haal de regel 'id' weg");
    }
    id.at = given->at;
  }
  return id;
}

DerivedId id_or_slug(MappingReader& r, const Text& name) {
  DerivedId out;
  if (r.has("id")) {
    if (auto id = r.id("id")) {
      out.id = *id;
      out.explicit_id = true;
    }
    return out;
  }
  r.get("id");
  out.id = Text{slugify(name.value), name.at};
  if (out.id.value.size() > 80) out.id.value.resize(80);
  while (!out.id.value.empty() && out.id.value.back() == '-') out.id.value.pop_back();
  if (out.id.value.empty() && !name.value.empty())
    r.context().report(Code::invalid_id, name.at,
                       "uit '" + name.value + "' valt geen id af te leiden",
                       "geef een 'id' met kleine letters en cijfers");
  return out;
}

}  // namespace nk
