#include "load/field_reader.h"

#include "load/markdown_links.h"

#include <algorithm>
#include <atomic>
#include <charconv>

#include "text/slug.h"
#include "text/utf8.h"
#include "values/contact_formats.h"
#include "values/dates.h"

namespace nk {

namespace {

std::string quoted(std::string_view key) { return "'" + std::string(key) + "'"; }

// Shown values are cut, so a 20,000-character mistake does not flood the terminal.
std::string shown(std::string_view value) {
  if (count_code_points(value) <= 60) return std::string(value);
  std::size_t bytes = 0, points = 0;
  while (bytes < value.size() && points < 57) {
    ++bytes;
    while (bytes < value.size() && (static_cast<unsigned char>(value[bytes]) & 0xC0) == 0x80) ++bytes;
    ++points;
  }
  return std::string(value.substr(0, bytes)) + "...";
}

// "in dit overleg", "in deze organisatie", "in 'beheer'": records named after their key
// are quoted, het-words take "dit".
std::string in_record(const std::string& what) {
  static const char* keys[] = {"beheer", "jaarlijks", "aanmelden", "opschaling", "toegang", "adres", "site.yaml"};
  static const char* het[] = {"overleg", "aanbod", "materiaal", "specialisme", "begrip", "agenda-item"};
  for (const char* k : keys)
    if (what == k) return "in '" + what + "'";
  for (const char* h : het)
    if (what == h) return "in dit " + what;
  return "in deze " + what;
}

}  // namespace

void DecodeContext::report_value(Code code, const Located<std::string>& value, std::string message,
                                 std::string suggestion) {
  auto& d = report(code, value.at, std::move(message), std::move(suggestion));
  if (value.value.find('\n') == std::string::npos)
    d.length = static_cast<std::uint32_t>(std::max<std::size_t>(1, count_code_points(value.value)));
}

std::string choices_text(std::span<const std::string_view> choices) {
  std::string out;
  for (std::size_t i = 0; i < choices.size(); ++i) {
    if (i) out += i + 1 == choices.size() ? " of " : ", ";
    out += choices[i];
  }
  return out;
}

MaybeText read_text(const YamlNode& node, std::string_view key, DecodeContext& ctx) {
  if (node.reported) return std::nullopt;
  if (node.is_scalar()) {
    if (node.text.find_first_not_of(" \t\r\n") == std::string::npos) {
      ctx.report(Code::empty_value, node.at, "lege tekst voor " + quoted(key),
                 "vul een waarde in of haal de regel weg");
      return std::nullopt;
    }
    return Located<std::string>{node.text, node.at};
  }
  if (node.is_null()) {
    ctx.report(Code::empty_value, node.at, "lege waarde voor " + quoted(key),
               "vul een waarde in of haal de regel weg");
    return std::nullopt;
  }
  ctx.report(Code::wrong_type, node.at,
             quoted(key) + " verwacht tekst, maar hier staat een " + dutch_kind(node),
             node.is_sequence() ? "schrijf een enkele waarde, zonder '- '" : "schrijf een enkele waarde");
  return std::nullopt;
}

Maybe<bool> read_bool(const YamlNode& node, std::string_view key, DecodeContext& ctx) {
  auto text = read_text(node, key, ctx);
  if (!text) return std::nullopt;
  if (node.style == YamlNode::Style::plain) {
    if (text->value == "true") return Located<bool>{true, text->at};
    if (text->value == "false") return Located<bool>{false, text->at};
  }
  std::string folded = fold_for_matching(text->value);
  static constexpr std::string_view yes[] = {"true", "ja", "yes", "y", "j", "on", "1", "waar", "aan"};
  static constexpr std::string_view no[] = {"false", "nee", "no", "n", "off", "0", "onwaar", "uit"};
  std::string suggestion = "gebruik true of false";
  if (std::find(std::begin(yes), std::end(yes), folded) != std::end(yes)) suggestion = "gebruik true";
  if (std::find(std::begin(no), std::end(no), folded) != std::end(no)) suggestion = "gebruik false";
  if (node.style != YamlNode::Style::plain && (folded == "true" || folded == "false"))
    suggestion += " zonder aanhalingstekens";
  ctx.report_value(Code::invalid_boolean, *text,
             quoted(key) + " is true of false, niet '" + shown(text->value) + "'", suggestion);
  return std::nullopt;
}

Maybe<int> read_int(const YamlNode& node, std::string_view key, int min, int max, DecodeContext& ctx) {
  auto text = read_text(node, key, ctx);
  if (!text) return std::nullopt;
  const std::string& s = text->value;
  long long value = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  std::string range = std::to_string(min) + " tot en met " + std::to_string(max);
  bool digits_only = ec == std::errc() && end == s.data() + s.size();
  if (digits_only && node.style != YamlNode::Style::plain) {
    ctx.report_value(Code::invalid_number, *text, quoted(key) + " is een heel getal, zonder aanhalingstekens",
                     "schrijf '" + std::string(key) + ": " + s + "'");
    return std::nullopt;
  }
  if (!digits_only) {
    ctx.report_value(Code::invalid_number, *text, quoted(key) + " is een heel getal, niet '" + shown(s) + "'",
                     "een getal van " + range);
    return std::nullopt;
  }
  if (value < min || value > max) {
    ctx.report(Code::invalid_number, text->at,
               quoted(key) + " is " + s + ", buiten het bereik " + range,
               "een getal van " + range);
    return std::nullopt;
  }
  return Located<int>{static_cast<int>(value), text->at};
}

Maybe<Date> read_date(const YamlNode& node, std::string_view key, DecodeContext& ctx) {
  auto text = read_text(node, key, ctx);
  if (!text) return std::nullopt;
  if (auto date = parse_date(text->value)) return Located<Date>{*date, text->at};
  std::string suggestion = "schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-01";
  // A Dutch habit: 01-03-2026.
  const std::string& s = text->value;
  if (s.size() == 10 && s[2] == '-' && s[5] == '-') {
    std::string flipped = s.substr(6, 4) + "-" + s.substr(3, 2) + "-" + s.substr(0, 2);
    if (parse_date(flipped)) suggestion = "bedoelde je '" + flipped + "'? Schrijf jaar-maand-dag";
  }
  ctx.report_value(Code::invalid_date, *text,
             quoted(key) + ": '" + shown(s) + "' is geen geldige datum", suggestion);
  return std::nullopt;
}

Maybe<DateTime> read_datetime(const YamlNode& node, std::string_view key, DecodeContext& ctx) {
  auto text = read_text(node, key, ctx);
  if (!text) return std::nullopt;
  if (auto time = parse_datetime(text->value)) return Located<DateTime>{*time, text->at};
  std::string suggestion = "schrijf datum en tijd als JJJJ-MM-DD UU:MM, bijvoorbeeld 2027-02-04 09:30";
  if (parse_date(text->value)) suggestion = "voeg de tijd toe: '" + text->value + " 09:00'";
  ctx.report_value(Code::invalid_datetime, *text,
             quoted(key) + ": '" + shown(text->value) + "' is geen geldig tijdstip", suggestion);
  return std::nullopt;
}

MaybeText read_id(const YamlNode& node, std::string_view key, DecodeContext& ctx) {
  auto text = read_text(node, key, ctx);
  if (!text) return std::nullopt;
  if (is_valid_id(text->value)) return text;
  std::string slug = slugify(text->value);
  if (slug.size() > 80) slug.resize(80);
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  ctx.report_value(Code::invalid_id, *text,
             quoted(key) + ": '" + shown(text->value) +
                 "' is geen geldige id (kleine letters, cijfers en losse streepjes, hoogstens 80 tekens)",
             slug.empty() ? std::string() : "bijvoorbeeld '" + slug + "'");
  return std::nullopt;
}

MaybeText read_url(const YamlNode& node, std::string_view key, DecodeContext& ctx) {
  auto text = read_text(node, key, ctx);
  if (!text) return std::nullopt;
  switch (check_url(text->value)) {
    case UrlProblem::none: return text;
    case UrlProblem::scheme:
      ctx.report_value(Code::invalid_url, *text,
                 quoted(key) + ": alleen links met https://, http:// of mailto: zijn toegestaan",
                 suggest_url(text->value));
      break;
    case UrlProblem::form:
      ctx.report_value(Code::invalid_url, *text,
                 quoted(key) + ": '" + shown(text->value) + "' is geen geldige link",
                 suggest_url(text->value));
      break;
  }
  return std::nullopt;
}

MaybeText read_email(const YamlNode& node, std::string_view key, DecodeContext& ctx) {
  auto text = read_text(node, key, ctx);
  if (!text) return std::nullopt;
  if (is_valid_email(text->value)) return text;
  std::string suggestion = "bijvoorbeeld naam@organisatie.nl";
  if (text->value.rfind("mailto:", 0) == 0 && is_valid_email(text->value.substr(7)))
    suggestion = "laat 'mailto:' weg: '" + text->value.substr(7) + "'";
  ctx.report_value(Code::invalid_email, *text,
             quoted(key) + ": '" + shown(text->value) + "' is geen geldig e-mailadres", suggestion);
  return std::nullopt;
}

Maybe<PhoneNumber> read_phone(const YamlNode& node, std::string_view key, DecodeContext& ctx) {
  auto text = read_text(node, key, ctx);
  if (!text) return std::nullopt;
  if (auto phone = parse_phone(text->value)) return Located<PhoneNumber>{*phone, text->at};
  ctx.report_value(Code::invalid_phone, *text,
             quoted(key) + ": '" + shown(text->value) + "' is geen geldig Nederlands telefoonnummer",
             "bijvoorbeeld 043 123 4567, 06 1234 5678, +31 43 123 4567 of 0800-2000");
  return std::nullopt;
}

Maybe<EuroAmount> read_euro(const YamlNode& node, std::string_view key, DecodeContext& ctx) {
  auto text = read_text(node, key, ctx);
  if (!text) return std::nullopt;
  if (auto amount = parse_euro(text->value)) return Located<EuroAmount>{*amount, text->at};
  std::string suggestion = "een bedrag in euro zonder teken, zoals 125 of 49.50; 0 betekent gratis";
  if (fold_for_matching(text->value) == "gratis") suggestion = "schrijf 0 voor gratis";
  ctx.report_value(Code::invalid_amount, *text,
             quoted(key) + ": '" + shown(text->value) + "' is geen bedrag", suggestion);
  return std::nullopt;
}

Maybe<Markdown> read_markdown(const YamlNode& node, std::string_view key, DecodeContext& ctx) {
  auto text = read_text(node, key, ctx);
  if (!text) return std::nullopt;
  Markdown md;
  md.text = text->value;
  md.content = text->at;
  md.links = find_markdown_links(md.text);
  if (node.style == YamlNode::Style::block) {
    // Content starts on the next non-blank line, at that line's indentation.
    md.block = true;
    {
      auto indicator_line = ctx.file.line_text(text->at.line - ctx.file.first_line());
      auto col = ctx.file.offset_of(text->at) - ctx.file.line_start(text->at.line - ctx.file.first_line());
      md.folded = col < indicator_line.size() && indicator_line[col] == '>';
    }
    std::uint32_t own0 = text->at.line - ctx.file.first_line() + 1;
    while (own0 < ctx.file.line_count() &&
           ctx.file.line_text(own0).find_first_not_of(' ') == std::string_view::npos)
      ++own0;
    auto line = ctx.file.line_text(own0);
    auto indent = line.find_first_not_of(' ');
    md.content = ctx.file.position(own0, static_cast<std::uint32_t>(indent == std::string_view::npos ? 0 : indent));
  } else if (node.style == YamlNode::Style::quoted) {
    md.content.column += 1;
  }
  return Located<Markdown>{std::move(md), text->at};
}

const std::vector<YamlNode>* expect_list(const YamlNode& node, std::string_view key, DecodeContext& ctx) {
  if (node.is_sequence()) return &node.items;
  if (node.reported) return nullptr;
  if (node.is_scalar()) {
    ctx.report(Code::wrong_type, node.at, quoted(key) + " verwacht een lijst",
               "schrijf '" + std::string(key) + ": [" + shown(node.text) + "]'");
  } else if (node.is_null()) {
    ctx.report(Code::empty_value, node.at, "lege waarde voor " + quoted(key),
               "vul een lijst in of haal de regel weg");
  } else {
    ctx.report(Code::wrong_type, node.at,
               quoted(key) + " verwacht een lijst, maar hier staat een " + dutch_kind(node),
               "zet '- ' voor elk item");
  }
  return nullptr;
}

MappingReader::MappingReader(const YamlNode& node, std::string_view what, DecodeContext& ctx)
    : what_(what), at_(node.at), ctx_(ctx) {
  if (node.is_mapping()) {
    node_ = &node;
    return;
  }
  if (node.reported) return;
  ctx_.report(node.is_null() ? Code::empty_value : Code::wrong_type, node.at,
              "een " + what_ + " is een mapping (sleutel: waarde), maar hier staat " +
                  (node.is_null() ? std::string("niets") : std::string("een ") + dutch_kind(node)),
              "schrijf de gegevens als 'sleutel: waarde' onder elkaar");
}

namespace {
std::atomic<AllowedKeysObserver> allowed_keys_observer{nullptr};
}  // namespace

void observe_allowed_keys(AllowedKeysObserver observer) { allowed_keys_observer.store(observer); }

MappingReader::~MappingReader() {
  if (auto observer = allowed_keys_observer.load(std::memory_order_relaxed); observer && node_) observer(what_, allowed_);
  if (!node_) return;
  for (const auto& entry : node_->entries) {
    if (std::find(allowed_.begin(), allowed_.end(), entry.key) != allowed_.end()) continue;
    auto match = closest_match(entry.key, allowed_);
    std::string suggestion;
    if (match) {
      suggestion = "bedoelde je '" + *match + "'?";
      // The misspelt key is the missing one: report the typo only.
      std::erase_if(missing_, [&](const MissingKey& m) { return m.key == *match; });
    } else {
      std::vector<std::string_view> sorted = allowed_;
      std::sort(sorted.begin(), sorted.end());
      suggestion = "toegestaan " + in_record(what_) + ": " + choices_text(sorted);
    }
    auto& d = ctx_.file.report(ctx_.out, Code::unknown_key, entry.key_at,
                               "onbekende sleutel '" + shown(entry.key) + "' " + in_record(what_), suggestion);
    d.length = static_cast<std::uint32_t>(count_code_points(entry.key));
  }
  for (auto& m : missing_) ctx_.report(m.code, at_, std::move(m.message), std::move(m.suggestion));
}

bool MappingReader::has(std::string_view key) const {
  if (!node_) return false;
  for (const auto& entry : node_->entries)
    if (entry.key == key) return true;
  return false;
}

bool MappingReader::misspelt(std::string_view key) const {
  if (!node_) return false;
  for (const auto& entry : node_->entries) {
    if (std::find(allowed_.begin(), allowed_.end(), entry.key) != allowed_.end()) continue;
    if (closest_match(entry.key, allowed_) == key) return true;
  }
  return false;
}

const YamlNode* MappingReader::get(std::string_view key) {
  bool first_time = std::find(allowed_.begin(), allowed_.end(), key) == allowed_.end();
  if (first_time) allowed_.push_back(key);
  if (!node_) return nullptr;
  for (const auto& entry : node_->entries) {
    if (entry.key != key) continue;
    if (entry.value.is_null()) {
      if (first_time && !entry.value.reported) ctx_.report(Code::empty_value, entry.key_at, "lege waarde voor " + quoted(key),
                  "vul een waarde in of haal de regel weg");
      return nullptr;
    }
    return &entry.value;
  }
  return nullptr;
}

const YamlNode* MappingReader::require(std::string_view key) {
  return require(key, Code::missing_key, "verplichte sleutel " + quoted(key) + " ontbreekt " + in_record(what_),
                 "voeg '" + std::string(key) + ": ...' toe");
}

const YamlNode* MappingReader::require(std::string_view key, Code code, std::string message,
                                       std::string suggestion) {
  const YamlNode* node = get(key);
  bool already = std::any_of(missing_.begin(), missing_.end(), [&](const MissingKey& m) { return m.key == key; });
  if (!node && node_ && !has(key) && !already)
    missing_.push_back(MissingKey{key, code, std::move(message), std::move(suggestion)});
  return node;
}


Text MappingReader::required_text(std::string_view key) {
  const YamlNode* node = require(key);
  if (node)
    if (auto value = read_text(*node, key, ctx_)) return *value;
  return Text{{}, at_};
}











std::vector<IdRef> MappingReader::id_list(std::string_view key) {
  std::vector<IdRef> out;
  const YamlNode* node = get(key);
  if (!node) return out;
  const auto* items = expect_list(*node, key, ctx_);
  if (!items) return out;
  for (const auto& item : *items) {
    auto id = read_text(item, key, ctx_);
    if (!id) continue;
    bool duplicate = std::any_of(out.begin(), out.end(), [&](const IdRef& r) { return r.value == id->value; });
    if (duplicate) {
      ctx_.report(Code::duplicate_list_value, id->at,
                  "'" + shown(id->value) + "' staat twee keer in " + quoted(key), "haal een van beide weg");
      continue;
    }
    out.push_back(std::move(*id));
  }
  return out;
}

std::vector<Text> MappingReader::text_list(std::string_view key) {
  std::vector<Text> out;
  const YamlNode* node = get(key);
  if (!node) return out;
  const auto* items = expect_list(*node, key, ctx_);
  if (!items) return out;
  for (const auto& item : *items)
    if (auto text = read_text(item, key, ctx_)) out.push_back(std::move(*text));
  return out;
}

ServiceArea MappingReader::area(std::string_view key) {
  ServiceArea area;
  area.at = at_;
  const YamlNode* node = get(key);
  if (!node) return area;
  area.at = node->at;
  if (node->is_scalar() && node->text == "regio") return area;
  if (node->is_scalar()) {
    ctx_.report(Code::wrong_type, node->at,
                quoted(key) + " is 'regio' of een lijst van gemeente-ids, niet '" + shown(node->text) + "'",
                "schrijf '" + std::string(key) + ": [" + shown(node->text) + "]' of '" +
                    std::string(key) + ": regio'");
    return area;
  }
  area.whole_region = false;
  area.municipalities = id_list(key);
  return area;
}

std::vector<Located<Audience>> MappingReader::audiences(std::string_view key) {
  return choice_list<Audience>(key);
}

Stewardship MappingReader::stewardship(std::string_view key) {
  Stewardship s;
  s.at = at_;
  const YamlNode* node = require(key);
  if (!node) return s;
  MappingReader r(*node, "beheer", ctx_);
  s.at = r.at();
  if (!r.ok()) return s;
  if (const YamlNode* contact = r.require("contact")) {
    if (auto text = read_text(*contact, "contact", ctx_)) {
      const std::string& v = text->value;
      bool github = v.rfind("github:", 0) == 0 && v.size() > 7 && v.size() <= 46 &&
                    std::all_of(v.begin() + 7, v.end(), [](char c) {
                      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
                    });
      if (github || is_valid_email(v)) {
        s.contact = *text;
      } else {
        ctx_.report(Code::invalid_maintainer, text->at,
                    "'contact' in beheer is een e-mailadres of github:<gebruikersnaam>, niet '" + shown(v) + "'",
                    "bijvoorbeeld 'functionaris@organisatie.nl' of 'github:jansen'");
      }
    }
  }
  if (auto verified = [&] { const YamlNode* n = r.require("gecontroleerd"); return n ? read_date(*n, "gecontroleerd", ctx_) : std::nullopt; }())
    s.verified = *verified;
  return s;
}

void MappingReader::each(std::string_view key, const std::function<void(const YamlNode&)>& fn) {
  const YamlNode* node = get(key);
  if (!node) return;
  if (const auto* items = expect_list(*node, key, ctx_))
    for (const auto& item : *items) fn(item);
}

}  // namespace nk
