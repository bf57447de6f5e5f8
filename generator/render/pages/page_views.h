#pragma once
// View-model pieces shared by several page kinds, so that a contact, an aanbod or a link
// looks the same wherever it appears. All text goes into {{ }} (escaped) in templates.
#include <nlohmann/json.hpp>

#include "render/pages/page_frame.h"
#include "render/pages/page_index.h"

namespace nk {

std::string sort_key(const std::string& name);  // case and diacritics folded

mustache::data organisation_link(const PageRenderer& r, const std::string& page, const std::string& id);
mustache::data meeting_link(const PageRenderer& r, const std::string& page, std::size_t meeting);
mustache::data training_link(const PageRenderer& r, const std::string& page, std::size_t training);
mustache::data service_link(const PageRenderer& r, const std::string& page, const ServiceRef& ref);
mustache::list specialism_links(const PageRenderer& r, const std::string& page, const std::vector<IdRef>& ids);

// A contact as a card: name, function, roles, specialismen, e-mail, phone, vCard link.
mustache::data contact_card(const PageRenderer& r, const std::string& page, std::size_t organisation,
                            std::size_t contact, bool with_organisation);
// The contacts of an organisation grouped by role, in the order of ContactRole.
mustache::list contact_groups(const PageRenderer& r, const std::string& page, const Organisation& org);

// An aanbod with its toegang routes, for lists.
mustache::data service_summary(const PageRenderer& r, const std::string& page, std::size_t organisation,
                               std::size_t service);
mustache::list access_routes(const PageRenderer& r, const std::string& page, const Service& service);

// "Laatst gecontroleerd op ..." and whether that is longer ago than the site allows.
mustache::data stewardship_data(const PageRenderer& r, const Stewardship& stewardship);

std::string role_label(ContactRole role);           // "Aandachtsfunctionaris"
std::string role_plural(ContactRole role);          // "Aandachtsfunctionarissen"
std::string audience_list(const std::vector<Located<Audience>>& audiences);  // "kinderen, ouders"

// schema.org Person for a published contact.
nlohmann::ordered_json person_json(const Contact& contact);

// Path of a contact's vCard.
std::string vcard_path(const Organisation& org, const Contact& contact);

// The page kinds, each in its own file.
void render_home_page(const PageRenderer& r, const PageIndex& index, OutputSink& sink);
void render_organisation_pages(const PageRenderer& r, const PageIndex& index, OutputSink& sink);
void render_contact_pages(const PageRenderer& r, const PageIndex& index, OutputSink& sink);
void render_specialism_pages(const PageRenderer& r, const PageIndex& index, OutputSink& sink);
void render_municipality_pages(const PageRenderer& r, const PageIndex& index, OutputSink& sink);
void render_service_pages(const PageRenderer& r, const PageIndex& index, OutputSink& sink);
void render_meeting_pages(const PageRenderer& r, const PageIndex& index, OutputSink& sink);
void render_glossary_page(const PageRenderer& r, const PageIndex& index, OutputSink& sink);
void render_content_pages(const PageRenderer& r, const PageIndex& index, OutputSink& sink);
void render_not_found_page(const PageRenderer& r, const PageIndex& index, OutputSink& sink);

}  // namespace nk
