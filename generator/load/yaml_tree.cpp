#include "load/yaml_tree.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <string_view>
#include <unordered_map>

#include "text/utf8.h"

namespace nk {

namespace {

// Thrown inside the handler to stop yaml-cpp early (too deep); caught in parse_yaml,
// never outside this file.
struct StopParsing {};

class TreeBuilder final : public YAML::EventHandler {
 public:
  TreeBuilder(const SourceFile& file, DiagnosticList& out, const YamlLimits& limits)
      : file_(file), out_(out), limits_(limits) {}

  std::optional<YamlNode> result;
  int documents = 0;
  SourcePosition second_document_at;

  void OnDocumentStart(const YAML::Mark& mark) override {
    ++documents;
    if (documents == 2) second_document_at = position(mark);
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
    YamlNode node;
    node.at = position(mark);
    add(std::move(node));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    if (aliases_++ == 0) first_alias_ = position(mark);
    YamlNode node;
    node.reported = true;
    node.at = position(mark);
    add(std::move(node));
  }

  void OnAnchor(const YAML::Mark& mark, const std::string& name) override {
    if (anchors_++ == 0) {
      first_anchor_ = position(mark);
      first_anchor_name_ = name.substr(0, 40);
    }
  }

  // One diagnostic for all anchors and one for all aliases of a file: an alias bomb is
  // one mistake, not a thousand.
  void report_anchors_and_aliases() {
    auto others = [](std::size_t n) {
      return n > 1 ? " (en nog " + std::to_string(n - 1) + " in dit bestand)" : std::string();
    };
    if (anchors_ > 0)
      report(Code::anchor_or_alias, first_anchor_,
             "anker '&" + first_anchor_name_ + "'" + others(anchors_) +
                 ": ankers en verwijzingen horen niet bij het formaat",
             "haal de ankers weg en schrijf herhaalde waarden voluit");
    if (aliases_ > 0)
      report(Code::anchor_or_alias, first_alias_,
             "verwijzing (*) naar een anker" + others(aliases_) + ": ankers en verwijzingen horen niet bij het formaat",
             "schrijf de waarde voluit in plaats van '*'");
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                const std::string& value) override {
    YamlNode node;
    node.kind = YamlNode::Kind::scalar;
    node.at = position(mark);
    node.style = scalar_style(mark, tag);
    check_tag(mark, tag);
    if (node.style == YamlNode::Style::quoted && !quote_closed(mark)) {
      // yaml-cpp takes the rest of the file into the text; say what happened instead.
      report(Code::yaml_syntax, node.at,
             "het bestand eindigt binnen een tekst tussen aanhalingstekens; een afsluitend aanhalingsteken ontbreekt",
             "sluit de tekst af met hetzelfde aanhalingsteken");
      throw StopParsing{};
    }
    if (count_code_points(value) > limits_.max_string) {
      report(Code::string_too_long, node.at,
             "tekst van " + std::to_string(count_code_points(value)) +
                 " tekens; de grens is " + std::to_string(limits_.max_string),
             "maak de tekst korter of verwijs naar een webpagina");
      node.text = value.substr(0, limits_.max_string);
    } else {
      node.text = value;
    }
    add(std::move(node));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                       YAML::EmitterStyle::value style) override {
    check_tag(mark, tag);
    open(YamlNode::Kind::sequence, mark, style == YAML::EmitterStyle::Flow);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                  YAML::EmitterStyle::value style) override {
    check_tag(mark, tag);
    open(YamlNode::Kind::mapping, mark, style == YAML::EmitterStyle::Flow);
  }

  // The innermost '[' or '{' still open: where an unclosed one was opened.
  std::optional<SourcePosition> innermost_open_flow(YamlNode::Kind kind) const {
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
      if (it->flow && it->node.kind == kind) return it->node.at;
    return std::nullopt;
  }
  void OnMapEnd() override { close(); }

  SourcePosition position(const YAML::Mark& mark) const {
    if (mark.is_null() || mark.line < 0 || mark.column < 0) return file_.position(0, 0);
    return file_.position(static_cast<std::uint32_t>(mark.line), static_cast<std::uint32_t>(mark.column));
  }

 private:
  struct Frame {
    YamlNode node;
    // For mappings: the key waiting for its value, and the keys seen so far.
    bool expecting_key = true;
    bool key_usable = true;
    std::string pending_key;
    SourcePosition pending_key_at;
    std::unordered_map<std::string, SourcePosition> seen;
    std::size_t item_count = 0;
    bool reported_too_long = false;
    bool flow = false;
  };

  bool quote_closed(const YAML::Mark& mark) const {
    auto text = file_.text();
    if (mark.pos < 0 || static_cast<std::size_t>(mark.pos) >= text.size()) return true;
    std::size_t i = static_cast<std::size_t>(mark.pos);
    char quote = text[i];
    if (quote != '"' && quote != '\'') return true;
    for (++i; i < text.size(); ++i) {
      if (quote == '"' && text[i] == '\\') {
        ++i;
      } else if (text[i] == quote) {
        if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
          ++i;  // '' is a quote inside single quotes
          continue;
        }
        return true;
      }
    }
    return false;
  }

  void report(Code code, const SourcePosition& at, std::string message, std::string suggestion = {}) {
    file_.report(out_, code, at, std::move(message), std::move(suggestion));
  }

  YamlNode::Style scalar_style(const YAML::Mark& mark, const std::string& tag) const {
    if (tag != "!") return YamlNode::Style::plain;
    // A non-plain scalar: quoted, or a literal/folded block. The first character tells.
    auto line = file_.line_text(static_cast<std::uint32_t>(mark.line));
    auto col = static_cast<std::size_t>(mark.column);
    if (col < line.size() && (line[col] == '|' || line[col] == '>')) return YamlNode::Style::block;
    return YamlNode::Style::quoted;
  }

  void check_tag(const YAML::Mark& mark, const std::string& tag) {
    if (tag.empty() || tag == "?" || tag == "!") return;
    std::string shown = tag.rfind("tag:yaml.org,2002:", 0) == 0 ? "!!" + tag.substr(18) : tag;
    report(Code::yaml_tag, position(mark),
           "tag '" + shown + "': tags horen niet bij het formaat", "haal '" + shown + "' weg");
  }

  void open(YamlNode::Kind kind, const YAML::Mark& mark, bool flow) {
    if (stack_.size() >= limits_.max_depth) {
      report(Code::too_deep, position(mark),
             "meer dan " + std::to_string(limits_.max_depth) + " niveaus genest",
             "het formaat kent zo'n diepe nesting niet; controleer het inspringen");
      throw StopParsing{};
    }
    Frame frame;
    frame.node.kind = kind;
    frame.node.at = position(mark);
    frame.flow = flow;
    stack_.push_back(std::move(frame));
  }

  void close() {
    YamlNode node = std::move(stack_.back().node);
    stack_.pop_back();
    add(std::move(node));
  }

  void add(YamlNode node) {
    if (stack_.empty()) {
      if (!result) result = std::move(node);
      return;
    }
    Frame& parent = stack_.back();
    if (parent.node.kind == YamlNode::Kind::sequence) {
      if (++parent.item_count > limits_.max_items) {
        if (!parent.reported_too_long) {
          parent.reported_too_long = true;
          report(Code::list_too_long, node.at,
                 "lijst met meer dan " + std::to_string(limits_.max_items) + " items",
                 "splits de gegevens over meer bestanden");
        }
        return;
      }
      parent.node.items.push_back(std::move(node));
      return;
    }
    if (parent.expecting_key) {
      parent.expecting_key = false;
      parent.pending_key_at = node.at;
      parent.key_usable = true;
      if (!node.is_scalar()) {
        parent.key_usable = false;
        report(Code::complex_key, node.at,
               node.is_null() ? "sleutel zonder naam" : "een sleutel moet gewone tekst zijn",
               "schrijf 'sleutel: waarde'");
      } else if (node.text == "<<" && node.style == YamlNode::Style::plain) {
        parent.key_usable = false;
        report(Code::merge_key, node.at, "samenvoegsleutel '<<' hoort niet bij het formaat",
               "schrijf de sleutels voluit");
      } else {
        auto [it, inserted] = parent.seen.emplace(node.text, node.at);
        if (!inserted) {
          parent.key_usable = false;
          report(Code::duplicate_key, node.at,
                 "sleutel '" + node.text + "' staat al op regel " + std::to_string(it->second.line),
                 "houd een van beide over");
        }
      }
      parent.pending_key = std::move(node.text);
      return;
    }
    parent.expecting_key = true;
    if (!parent.key_usable) return;
    if (++parent.item_count > limits_.max_items) {
      if (!parent.reported_too_long) {
        parent.reported_too_long = true;
        report(Code::list_too_long, parent.pending_key_at,
               "mapping met meer dan " + std::to_string(limits_.max_items) + " sleutels");
      }
      return;
    }
    parent.node.entries.push_back(
        YamlEntry{std::move(parent.pending_key), parent.pending_key_at, std::move(node)});
  }

  const SourceFile& file_;
  DiagnosticList& out_;
  const YamlLimits& limits_;
  std::vector<Frame> stack_;
  std::size_t anchors_ = 0, aliases_ = 0;
  SourcePosition first_anchor_, first_alias_;
  std::string first_anchor_name_;
};

std::string dutch_parser_message(const std::string& msg) {
  static const std::pair<std::string_view, std::string_view> translations[] = {
      {YAML::ErrorMsg::END_OF_MAP, "de mapping is hier niet goed afgesloten; controleer het inspringen"},
      {YAML::ErrorMsg::END_OF_MAP_FLOW, "'}' ontbreekt"},
      {YAML::ErrorMsg::END_OF_SEQ, "de lijst is hier niet goed afgesloten; controleer het inspringen"},
      {YAML::ErrorMsg::END_OF_SEQ_FLOW, "']' ontbreekt"},
      {YAML::ErrorMsg::EOF_IN_SCALAR, "het bestand eindigt binnen een tekst tussen aanhalingstekens; een afsluitend aanhalingsteken ontbreekt"},
      {YAML::ErrorMsg::CHAR_IN_SCALAR, "ongeldig teken in de tekst"},
      {YAML::ErrorMsg::DOC_IN_SCALAR, "'---' of '...' midden in een tekst"},
      {YAML::ErrorMsg::MAP_VALUE, "onverwachte ':'; zet tekst met ': ' erin tussen aanhalingstekens"},
      {YAML::ErrorMsg::MAP_KEY, "onverwachte sleutel; controleer het inspringen"},
      {YAML::ErrorMsg::BLOCK_ENTRY, "onverwacht lijstitem '- '; controleer het inspringen"},
      {YAML::ErrorMsg::FLOW_END, "onverwacht ']' of '}'"},
      {YAML::ErrorMsg::UNKNOWN_TOKEN, "onverwacht teken"},
      {YAML::ErrorMsg::CHAR_IN_BLOCK, "onverwacht teken na '|' of '>'"},
      {YAML::ErrorMsg::UNKNOWN_ANCHOR, "verwijzing (*) naar een onbekend anker"},
      {YAML::ErrorMsg::INVALID_HEX, "ongeldige \\x- of \\u-code in tekst tussen dubbele aanhalingstekens"},
      {YAML::ErrorMsg::INVALID_UNICODE, "ongeldige \\u-code in tekst tussen dubbele aanhalingstekens"},
      {YAML::ErrorMsg::INVALID_ESCAPE, "onbekende \\-code in tekst tussen dubbele aanhalingstekens"},
  };
  for (const auto& [english, dutch] : translations)
    if (msg.rfind(english, 0) == 0) return std::string(dutch);
  return "YAML kan hier niet gelezen worden (" + msg + ")";
}

std::string parser_suggestion(const std::string& msg) {
  if (msg.rfind(YAML::ErrorMsg::INVALID_ESCAPE, 0) == 0)
    return "gebruik enkele aanhalingstekens ('...') of schrijf \\\\ voor een backslash";
  if (msg == YAML::ErrorMsg::MAP_VALUE) return "bijvoorbeeld: toelichting: \"Let op: ...\"";
  if (msg == YAML::ErrorMsg::EOF_IN_SCALAR) return "sluit de tekst af met hetzelfde aanhalingsteken";
  return {};
}

// Tabs before the first non-blank character of a line: YAML forbids them for indentation
// and yaml-cpp's own message is obscure, so say it plainly, once per line. Lines inside a
// literal or folded block (after `key: |`) are content, where a tab after the block's
// indentation is allowed.
bool report_tab_indentation(const SourceFile& file, DiagnosticList& out) {
  bool found = false;
  std::size_t reported = 0;
  std::optional<std::size_t> block_parent_indent;  // set while inside a block scalar
  for (std::uint32_t line = 0; line < file.line_count() && reported < 20; ++line) {
    auto text = file.line_text(line);
    std::size_t spaces = text.find_first_not_of(' ');
    bool blank = text.find_first_not_of(" \t") == std::string_view::npos;
    if (block_parent_indent) {
      if (blank || (spaces != std::string_view::npos && spaces > *block_parent_indent)) continue;
      block_parent_indent.reset();
    }
    if (blank) continue;
    if (text[spaces] == '\t') {
      file.report(out, Code::tab_indentation, file.position(line, static_cast<std::uint32_t>(spaces)),
                  "tab gebruikt om in te springen", "gebruik spaties in plaats van tabs");
      found = true;
      ++reported;
      continue;
    }
    // Does this line open a block scalar? Its last token is |, >, with optional - + or digit.
    auto content = text;
    if (auto comment = content.find(" #"); comment != std::string_view::npos) content = content.substr(0, comment);
    while (!content.empty() && (content.back() == ' ' || content.back() == '\t')) content.remove_suffix(1);
    std::size_t k = content.size();
    while (k > 0 && (content[k - 1] == '-' || content[k - 1] == '+' || (content[k - 1] >= '1' && content[k - 1] <= '9'))) --k;
    if (k > 0 && (content[k - 1] == '|' || content[k - 1] == '>') &&
        (k == 1 || content[k - 2] == ' ' || content[k - 2] == ':'))
      block_parent_indent = spaces;
  }
  return found;
}

}  // namespace

const char* dutch_kind(const YamlNode& node) {
  switch (node.kind) {
    case YamlNode::Kind::null: return "leeg";
    case YamlNode::Kind::scalar: return "tekst";
    case YamlNode::Kind::sequence: return "lijst";
    case YamlNode::Kind::mapping: return "mapping";
  }
  return "";
}

std::optional<YamlNode> parse_yaml(const SourceFile& file, DiagnosticList& out, const YamlLimits& limits) {
  if (auto bad = find_invalid_utf8(file.text())) {
    unsigned char byte = static_cast<unsigned char>(file.text()[*bad]);
    bool control = byte < 0x20 || byte == 0x7f;
    file.report(out, Code::invalid_utf8, file.position_of_offset(*bad),
                control ? "ongeldig stuurteken in het bestand" : "het bestand is geen geldige UTF-8",
                "sla het bestand op als UTF-8 (zonder speciale tekens)");
    return std::nullopt;
  }
  if (report_tab_indentation(file, out)) return std::nullopt;

  std::istringstream stream{std::string(file.text())};
  TreeBuilder builder(file, out, limits);
  struct ReportAtEnd {
    TreeBuilder& builder;
    ~ReportAtEnd() { builder.report_anchors_and_aliases(); }
  } report_at_end{builder};
  try {
    YAML::Parser parser(stream);
    if (!parser.HandleNextDocument(builder)) return YamlNode{};  // empty file
    if (parser.HandleNextDocument(builder) || builder.documents > 1) {
      file.report(out, Code::several_documents, builder.second_document_at,
                  "meer dan een YAML-document in dit bestand",
                  "een bestand bevat een document; haal de tweede '---' weg of maak een nieuw bestand");
    }
  } catch (const StopParsing&) {
    return std::nullopt;
  } catch (const YAML::DeepRecursion& e) {
    file.report(out, Code::too_deep, builder.position(e.mark), "te diep genest",
                "het formaat kent hoogstens " + std::to_string(limits.max_depth) + " niveaus");
    return std::nullopt;
  } catch (const YAML::ParserException& e) {
    SourcePosition at = builder.position(e.mark);
    // yaml-cpp notices a missing ']' or '}' where the next thing starts; point at the opening.
    if (e.msg == YAML::ErrorMsg::END_OF_SEQ_FLOW)
      at = builder.innermost_open_flow(YamlNode::Kind::sequence).value_or(at);
    else if (e.msg == YAML::ErrorMsg::END_OF_MAP_FLOW)
      at = builder.innermost_open_flow(YamlNode::Kind::mapping).value_or(at);
    file.report(out, Code::yaml_syntax, at, dutch_parser_message(e.msg), parser_suggestion(e.msg));
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    file.report(out, Code::yaml_syntax, builder.position(e.mark), dutch_parser_message(e.msg));
    return std::nullopt;
  }
  if (!builder.result) return YamlNode{};
  return std::move(builder.result);
}

}  // namespace nk
