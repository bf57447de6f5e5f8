#pragma once
// Every diagnostic the tool can give, with its stable code. Codes are never reused or
// renumbered: partners and CI logs refer to them. docs/diagnostics.md lists them all with
// the case file that tests each (a unit test keeps the two in step).
#include <span>
#include <string_view>

namespace nk {

enum class Severity { error, warning };

enum class Code {
  // NK0xx: files and YAML
  file_too_large,
  invalid_utf8,
  yaml_syntax,
  tab_indentation,
  anchor_or_alias,
  yaml_tag,
  several_documents,
  duplicate_key,
  too_deep,
  string_too_long,
  list_too_long,
  unknown_file,
  unknown_folder,
  symbolic_link,
  merge_key,
  missing_file,
  unreadable_file,
  too_many_files,
  bad_front_matter,
  complex_key,
  // NK1xx: structure and types
  unknown_key,
  missing_key,
  wrong_type,
  empty_value,
  invalid_boolean,
  invalid_number,
  invalid_choice,
  duplicate_list_value,
  // NK2xx: formats
  invalid_id,
  id_differs_from_file,
  invalid_date,
  invalid_datetime,
  invalid_url,
  invalid_email,
  invalid_phone,
  invalid_maintainer,
  invalid_markdown_link,
  invalid_amount,
  // NK3xx: identity and references
  duplicate_id,
  derived_id_collision,
  unknown_reference,
  specialism_cycle,
  escalation_not_upward,
  reserved_page_slug,
  contact_outside_organisation,
  // NK4xx: meaning
  missing_consent,
  consent_in_future,
  fixed_contact_without_specialism,
  session_end_before_start,
  session_without_place,
  agenda_when_missing,
  agenda_when_twice,
  yearly_form,
  date_range_reversed,
  day_not_in_month,
  duration_without_yearly,
  // NK5xx: warnings
  stale_entry,
  partner_without_focal_officer,
  partner_without_network_contact,
  shelter_address_not_secret,
  no_veilig_thuis,
  verified_in_future,
};

struct CodeInfo {
  Code code;
  std::string_view id;     // "NK101"
  Severity severity;
  std::string_view rule;   // Dutch one-line statement of the rule, for docs and --help
};

std::span<const CodeInfo> all_codes();
const CodeInfo& info(Code code);

}  // namespace nk
