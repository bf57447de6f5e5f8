#pragma once
// Turning YAML nodes into typed model values, with a diagnostic for every value that is
// not what the format says. The schema is the decoding code itself: a MappingReader
// learns the allowed keys from the calls made on it, so an unknown key is reported with
// the closest allowed key as suggestion, and no key list can drift from the decoder.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "load/source_file.h"
#include "load/yaml_tree.h"
#include "model/network.h"
#include "text/suggest.h"

namespace nk {

struct DecodeContext {
  const SourceFile& file;
  DiagnosticList& out;

  Diagnostic& report(Code code, const SourcePosition& at, std::string message, std::string suggestion = {}) {
    return file.report(out, code, at, std::move(message), std::move(suggestion));
  }
  // A problem with a whole value: the excerpt underlines it when it is on one line.
  void report_value(Code code, const Located<std::string>& value, std::string message, std::string suggestion = {});
};

// Readers of single values. `key` names the field in messages. Each returns nothing
// (and reports) when the value is not of the right form.
MaybeText read_text(const YamlNode& node, std::string_view key, DecodeContext& ctx);
Maybe<bool> read_bool(const YamlNode& node, std::string_view key, DecodeContext& ctx);
Maybe<int> read_int(const YamlNode& node, std::string_view key, int min, int max, DecodeContext& ctx);
Maybe<Date> read_date(const YamlNode& node, std::string_view key, DecodeContext& ctx);
Maybe<DateTime> read_datetime(const YamlNode& node, std::string_view key, DecodeContext& ctx);
MaybeText read_id(const YamlNode& node, std::string_view key, DecodeContext& ctx);
MaybeText read_url(const YamlNode& node, std::string_view key, DecodeContext& ctx);
MaybeText read_email(const YamlNode& node, std::string_view key, DecodeContext& ctx);
Maybe<PhoneNumber> read_phone(const YamlNode& node, std::string_view key, DecodeContext& ctx);
Maybe<EuroAmount> read_euro(const YamlNode& node, std::string_view key, DecodeContext& ctx);
Maybe<Markdown> read_markdown(const YamlNode& node, std::string_view key, DecodeContext& ctx);

template <class E>
Maybe<E> read_choice(const YamlNode& node, std::string_view key, DecodeContext& ctx);

// A list node, or a report that one was expected. A single scalar where a list is
// expected gets the suggestion to write it as [value].
const std::vector<YamlNode>* expect_list(const YamlNode& node, std::string_view key, DecodeContext& ctx);

class MappingReader {
 public:
  // `what` names the record in messages ("organisatie", "contactpersoon").
  MappingReader(const YamlNode& node, std::string_view what, DecodeContext& ctx);
  MappingReader(const MappingReader&) = delete;
  ~MappingReader();  // reports unknown keys

  bool ok() const { return node_ != nullptr; }
  SourcePosition at() const { return at_; }
  DecodeContext& context() { return ctx_; }

  // The value of an allowed key, or nullptr when absent. An empty value (`key:`) is
  // reported here and also yields nullptr.
  const YamlNode* get(std::string_view key);
  // Like get(), and a missing key is reported at the mapping's position, unless an
  // unknown key is that key misspelt: then the typo is the one diagnostic.
  const YamlNode* require(std::string_view key);
  // The same with a rule of its own for the missing key (toestemming: NK401).
  const YamlNode* require(std::string_view key, Code code, std::string message, std::string suggestion);
  bool has(std::string_view key) const;
  // Whether an unknown key of this mapping is `key` misspelt (so a rule about `key` being
  // absent would only repeat the typo).
  bool misspelt(std::string_view key) const;

  // The value under `key` as read by `read` (one of the read_* functions above), or
  // nothing when the key is absent or its value unusable (then reported).
  template <class Read>
  auto value(std::string_view key, Read read) {
    using Result = decltype(read(std::declval<const YamlNode&>(), key, ctx_));
    const YamlNode* node = get(key);
    return node ? read(*node, key, ctx_) : Result{};
  }

  MaybeText text(std::string_view key) { return value(key, read_text); }
  Text required_text(std::string_view key);
  MaybeText id(std::string_view key) { return value(key, read_id); }
  Maybe<bool> boolean(std::string_view key) { return value(key, read_bool); }
  Maybe<int> integer(std::string_view key, int min, int max) {
    return value(key, [&](const YamlNode& n, std::string_view k, DecodeContext& c) { return read_int(n, k, min, max, c); });
  }
  Maybe<Date> date(std::string_view key) { return value(key, read_date); }
  Maybe<DateTime> datetime(std::string_view key) { return value(key, read_datetime); }
  Maybe<DateTime> required_datetime(std::string_view key) {
    require(key);
    return datetime(key);
  }
  MaybeText url(std::string_view key) { return value(key, read_url); }
  MaybeText email(std::string_view key) { return value(key, read_email); }
  Maybe<PhoneNumber> phone(std::string_view key) { return value(key, read_phone); }
  Maybe<Markdown> markdown(std::string_view key) { return value(key, read_markdown); }
  std::vector<IdRef> id_list(std::string_view key);
  std::vector<Text> text_list(std::string_view key);
  ServiceArea area(std::string_view key);
  std::vector<Located<Audience>> audiences(std::string_view key);
  Stewardship stewardship(std::string_view key);

  template <class E>
  Maybe<E> choice(std::string_view key) {
    return value(key, read_choice<E>);
  }
  template <class E>
  std::vector<Located<E>> choice_list(std::string_view key);

  // Calls `fn` for each item of the list under `key` (nothing when absent).
  void each(std::string_view key, const std::function<void(const YamlNode&)>& fn);

 private:
  const YamlNode* node_ = nullptr;
  std::string what_;
  SourcePosition at_;
  DecodeContext& ctx_;
  std::vector<std::string_view> allowed_;
  struct MissingKey {
    std::string_view key;
    Code code;
    std::string message;
    std::string suggestion;
  };
  std::vector<MissingKey> missing_;
};

std::string choices_text(std::span<const std::string_view> choices);

// For tests (the JSON Schemas are checked against the decoders): called, from any loading
// thread, with each record name ("organisatie", "contactpersoon") and the keys its decoder
// allowed. nullptr switches it off.
using AllowedKeysObserver = void (*)(std::string_view what, const std::vector<std::string_view>& keys);
void observe_allowed_keys(AllowedKeysObserver observer);

template <class E>
Maybe<E> read_choice(const YamlNode& node, std::string_view key, DecodeContext& ctx) {
  auto text = read_text(node, key, ctx);
  if (!text) return std::nullopt;
  if (auto value = parse_dutch<E>(text->value)) return Located<E>{*value, text->at};
  std::vector<std::string_view> names;
  for (const auto& n : names_of<E>()) names.push_back(n.dutch);
  std::string suggestion = did_you_mean(text->value, names);
  if (suggestion.empty()) suggestion = "kies uit: " + choices_text(names);
  ctx.report_value(Code::invalid_choice, *text,
             "'" + text->value + "' is geen geldige waarde voor '" + std::string(key) + "'",
             suggestion);
  return std::nullopt;
}

template <class E>
std::vector<Located<E>> MappingReader::choice_list(std::string_view key) {
  std::vector<Located<E>> out;
  const YamlNode* node = get(key);
  if (!node) return out;
  const auto* items = expect_list(*node, key, ctx_);
  if (!items) return out;
  for (const auto& item : *items) {
    auto value = read_choice<E>(item, key, ctx_);
    if (!value) continue;
    bool duplicate = false;
    for (const auto& earlier : out) duplicate = duplicate || earlier.value == value->value;
    if (duplicate) {
      ctx_.report(Code::duplicate_list_value, value->at,
                  "'" + std::string(dutch_name(value->value)) + "' staat twee keer in '" +
                      std::string(key) + "'",
                  "haal een van beide weg");
      continue;
    }
    out.push_back(*value);
  }
  return out;
}

}  // namespace nk
