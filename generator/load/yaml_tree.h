#pragma once
// A small YAML tree with positions, built from yaml-cpp's event parser. It holds exactly
// what the data format allows (scalars, sequences, mappings with text keys) and nothing
// it forbids: anchors, aliases, tags, merge keys, duplicate keys and several documents
// become diagnostics. One tree lives only while its file is decoded.
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "load/source_file.h"
#include "model/source_position.h"

namespace nk {

struct YamlEntry;

struct YamlNode {
  enum class Kind { null, scalar, sequence, mapping };
  enum class Style { plain, quoted, block };  // how a scalar was written

  Kind kind = Kind::null;
  Style style = Style::plain;
  std::string text;                // scalar
  SourcePosition at;
  std::vector<YamlNode> items;     // sequence
  std::vector<YamlEntry> entries;  // mapping, in file order
  bool reported = false;           // stands for something already reported (an alias): stay silent

  bool is_null() const { return kind == Kind::null; }
  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_sequence() const { return kind == Kind::sequence; }
  bool is_mapping() const { return kind == Kind::mapping; }
};

struct YamlEntry {
  std::string key;
  SourcePosition key_at;
  YamlNode value;
};

struct YamlLimits {
  std::size_t max_depth = 16;
  std::size_t max_string = 20000;  // code points
  std::size_t max_items = 5000;
};

// Parses the text of `file` (already checked for size and encoding by the caller or
// not: it checks encoding and tabs itself). Returns nullopt when the file could not be
// read as a tree at all; problems go to `out` either way.
std::optional<YamlNode> parse_yaml(const SourceFile& file, DiagnosticList& out,
                                   const YamlLimits& limits = {});

// A short Dutch name of the node's kind, for messages: "tekst", "lijst", "mapping", "leeg".
const char* dutch_kind(const YamlNode& node);

}  // namespace nk
