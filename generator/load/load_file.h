#pragma once
#include <string>
#include <variant>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "load/input_files.h"
#include "model/network.h"

namespace nk {

// What one input file yields: its decoded content (nothing when unusable) and its problems.
using DecodedFile = std::variant<std::monostate, Site, std::vector<Municipality>, std::vector<OrganisationKind>,
                                 std::vector<Specialism>, std::vector<Term>, Organisation, Meeting, Training,
                                 AgendaItem, Route, ContentPage>;

struct FileResult {
  DecodedFile decoded;
  DiagnosticList diagnostics;
};

constexpr std::size_t max_file_bytes = 1024 * 1024;

// Reads and decodes one file from disk (size limit first, so a huge file is never read).
FileResult load_file(const InputFile& input, std::uint32_t index);

// Decodes file contents already in memory; `text` may hold any bytes.
FileResult decode_file_text(const InputFile& input, std::uint32_t index, std::string text);

}  // namespace nk
