#include "load/decoders.h"
#include "values/dates.h"

namespace nk {

namespace {

std::optional<DateRange> decode_range(const YamlNode& node, DecodeContext& ctx) {
  MappingReader r(node, "datum", ctx);
  if (!r.ok()) return std::nullopt;
  DateRange range;
  range.at = r.at();
  r.require("van");
  auto from = r.date("van");
  range.to = r.date("tot");
  if (!from) return std::nullopt;
  range.from = *from;
  if (range.to && range.to->value < range.from.value) {
    ctx.report(Code::date_range_reversed, range.to->at,
               "'tot' (" + format_date(range.to->value) + ") ligt voor 'van' (" + format_date(range.from.value) + ")",
               "'tot' is de laatste dag (inclusief); laat 'tot' weg voor een enkele dag");
  }
  return range;
}

std::optional<YearlyRule> decode_yearly(const YamlNode& node, DecodeContext& ctx) {
  MappingReader r(node, "jaarlijks", ctx);
  if (!r.ok()) return std::nullopt;
  YearlyRule rule;
  rule.at = r.at();
  r.require("maand");
  auto month = r.integer("maand", 1, 12);
  rule.day = r.integer("dag", 1, 31);
  rule.weekday = r.choice<Weekday>("weekdag");
  if (const YamlNode* nth = r.get("nummer")) {
    if (nth->is_scalar() && nth->text == "laatste") rule.nth = Located<int>{-1, nth->at};
    else if (nth->is_scalar() && nth->style == YamlNode::Style::plain && nth->text.size() == 1 &&
             nth->text[0] >= '1' && nth->text[0] <= '4')
      rule.nth = Located<int>{nth->text[0] - '0', nth->at};
    else if (auto text = read_text(*nth, "nummer", ctx))
      ctx.report(Code::invalid_number, text->at, "'nummer' is 1, 2, 3, 4 of laatste, niet '" + text->value + "'",
                 "bijvoorbeeld 'nummer: 3' voor de derde maandag van de maand");
  }
  if (!month) return std::nullopt;
  rule.month = *month;
  // A misspelt part counts as present: its typo is the one diagnostic.
  auto present = [&](std::string_view key) { return r.has(key) || r.misspelt(key); };
  bool by_day = present("dag"), by_weekday = present("weekdag") || present("nummer");
  if (by_day && by_weekday) {
    ctx.report(Code::yearly_form, rule.at, "'jaarlijks' heeft een vaste 'dag' of een 'weekdag' met 'nummer', niet beide",
               "bijvoorbeeld {maand: 11, dag: 25} of {maand: 11, weekdag: maandag, nummer: 3}");
    return std::nullopt;
  }
  if (!by_day && !by_weekday) {
    ctx.report(Code::yearly_form, rule.at, "'jaarlijks' mist de dag: geef 'dag', of 'weekdag' met 'nummer'",
               "bijvoorbeeld {maand: 11, dag: 25} of {maand: 11, weekdag: maandag, nummer: 3}");
    return std::nullopt;
  }
  if (by_weekday && (!present("weekdag") || !present("nummer"))) {
    ctx.report(Code::yearly_form, rule.at,
               present("weekdag") ? "'weekdag' zonder 'nummer': welke van de weekdagen in de maand?"
                                : "'nummer' zonder 'weekdag'",
               "bijvoorbeeld {maand: 11, weekdag: maandag, nummer: 3} voor de derde maandag van november");
    return std::nullopt;
  }
  if (rule.day) {
    // Leap days happen not every year, so a yearly 29 February is refused too.
    int longest = rule.month.value == 2 ? 28 : days_in_month(2001, rule.month.value);
    if (rule.day->value > longest) {
      ctx.report(Code::day_not_in_month, rule.day->at,
                 "dag " + std::to_string(rule.day->value) + " bestaat niet in maand " +
                     std::to_string(rule.month.value) + (rule.month.value == 2 ? " (niet elk jaar)" : ""),
                 "de maand heeft " + std::to_string(longest) + " dagen");
      return std::nullopt;
    }
  }
  // A bad value in the rule was reported where it stands; the rule is then unusable.
  if (by_weekday && (!rule.weekday || !rule.nth)) return std::nullopt;
  if (by_day && !rule.day) return std::nullopt;
  return rule;
}

}  // namespace

std::optional<AgendaItem> decode_agenda_item(const YamlNode& root, std::string_view stem, DecodeContext& ctx) {
  MappingReader r(root, "agenda-item", ctx);
  if (!r.ok()) return std::nullopt;
  AgendaItem a;
  a.at = r.at();
  a.id = entity_id(r, stem);
  a.name = r.required_text("naam");
  a.kind = r.choice<AgendaKind>("soort");
  a.description = r.markdown("omschrijving");
  a.specialisms = r.id_list("specialismen");
  a.lead_organisation = r.text("trekker");
  a.working_group = r.text("werkgroep");
  a.audiences = r.audiences("doelgroep");
  a.actions = r.markdown("acties");
  r.each("materialen", [&](const YamlNode& item) {
    MappingReader m(item, "materiaal", ctx);
    if (!m.ok()) return;
    Material material;
    material.at = m.at();
    material.title = m.required_text("titel");
    m.require("url");
    auto url = m.url("url");
    if (url && !material.title.value.empty()) {
      material.url = *url;
      a.materials.push_back(std::move(material));
    }
  });
  r.each("datums", [&](const YamlNode& item) {
    if (auto range = decode_range(item, ctx)) a.dates.push_back(std::move(*range));
  });
  if (const YamlNode* yearly = r.get("jaarlijks")) a.yearly = decode_yearly(*yearly, ctx);
  a.duration_days = r.integer("duur_dagen", 1, 366);
  bool has_dates = r.has("datums"), has_yearly = r.has("jaarlijks");
  bool misspelt_when = r.misspelt("datums") || r.misspelt("jaarlijks");
  if (!has_dates && !has_yearly && !misspelt_when) {
    ctx.report(Code::agenda_when_missing, a.at, "het agenda-item zegt niet wanneer het is",
               "voeg 'datums: [{van: JJJJ-MM-DD, tot: JJJJ-MM-DD}]' toe, of 'jaarlijks: {maand: .., dag: ..}'");
  } else if (has_dates && has_yearly) {
    const YamlNode* yearly = r.get("jaarlijks");
    ctx.report(Code::agenda_when_twice, yearly ? yearly->at : a.at,
               "het agenda-item heeft zowel 'datums' als 'jaarlijks'",
               "kies een van beide: 'datums' voor losse data, 'jaarlijks' voor een vaste dag elk jaar");
  }
  if (const YamlNode* dates = r.get("datums"); dates && dates->is_sequence() && dates->items.empty())
    ctx.report(Code::empty_value, dates->at, "'datums' is leeg", "voeg minstens een {van: JJJJ-MM-DD} toe");
  if (a.duration_days && !has_yearly && !r.misspelt("jaarlijks")) {
    ctx.report(Code::duration_without_yearly, a.duration_days->at,
               "'duur_dagen' hoort bij 'jaarlijks'",
               has_dates ? "geef bij 'datums' het einde met 'tot'" : "voeg 'jaarlijks' toe of haal 'duur_dagen' weg");
  }
  a.stewardship = r.stewardship("beheer");
  return a;
}

}  // namespace nk
