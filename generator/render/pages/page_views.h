#pragma once
// View-model pieces shared by several page kinds, so that a contact, an aanbod or a link
// looks the same wherever it appears. All text goes into {{ }} (escaped) in templates.
#include <functional>

#include <nlohmann/json.hpp>

#include <functional>

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
// A contact as one compact entry of a long list (partial contact-row): name, linked to the
// card on the organisation's page, function, roles, organisation, specialismen (as text),
// phone and e-mail. Has no id, so one person may appear in several lists of a page.
mustache::data contact_row(const PageRenderer& r, const std::string& page, const ContactRef& ref);
// Every published contact's contact-row, rendered once, in the order of contacts_by_name
// (so row i is contact_rank i), for pages at the folder depth of `sample_page`. Rows link
// only to organisaties/, so they are the same on every page of that depth outside it.
// The same people appear on hundreds of pages at national scale; joining rendered rows
// costs far less than rendering them again for each page.
std::vector<std::string> render_contact_rows(const PageRenderer& r, const PageIndex& index, const std::string& sample_page);
// The rendered rows of `refs`, in their order.
std::string join_contact_rows(const PageIndex& index, const std::vector<std::string>& rows,
                              const std::vector<ContactRef>& refs);

// Renders the theme's template `name` for each item and joins the results, for long lists:
// a {{> partial}} inside a section is parsed again for every item, a rendered one is not.
std::string render_each(const PageRenderer& r, const std::string& name, const mustache::list& items);

// Page of the contacts with a role: "contactpersonen/rol/aanspreekpunt/index.html".
std::string contact_role_path(ContactRole role);
std::string contact_specialism_path(const std::string& specialism_id);
std::string contact_municipality_path(const std::string& municipality_id);

// An aanbod with its toegang routes, for lists.
mustache::data service_summary(const PageRenderer& r, const std::string& page, std::size_t organisation,
                               std::size_t service);
mustache::list access_routes(const PageRenderer& r, const std::string& page, const Service& service);
// The kinds of toegang of an aanbod as short text, for one-line entries: "zelfmelding, na verwijzing".
std::string access_summary(const Service& service);

// "Laatst gecontroleerd op ..." and whether that is longer ago than the site allows.
mustache::data stewardship_data(const PageRenderer& r, const Stewardship& stewardship);

// The specialism hierarchy as nested lists (partial specialism-tree): `make` gives a node's
// own keys, this adds children and has_children.
mustache::list specialism_tree_list(const PageIndex& index, const std::function<mustache::data(std::size_t)>& make);

std::string role_label(ContactRole role);           // "Aandachtsfunctionaris"
std::string role_plural(ContactRole role);          // "Aandachtsfunctionarissen"
std::string audience_list(const std::vector<Located<Audience>>& audiences);  // "kinderen, ouders"

// schema.org Person for a published contact.
nlohmann::ordered_json person_json(const Contact& contact);

// schema.org ItemList of the people on a contact page, each with the organisation they work
// for, serialised for PageSpec::structured_data.
std::string people_list_json(const Network& net, const std::string& name, const std::vector<ContactRef>& contacts);

// Path of a contact's vCard.
std::string vcard_path(const Organisation& org, const Contact& contact);

// Items grouped under their first letter, for an A-Z jump list: `order` gives the items in
// sorting order, `keys` their folded sort keys (by item index); anything not starting with
// A-Z goes under "#". Each group: {letter, anchor, <list_key>: [item(i) ...]}.
mustache::list letter_groups(const std::vector<std::size_t>& order, const std::vector<std::string>& keys,
                             const std::string& list_key, const std::function<mustache::data(std::size_t)>& item);

// The gemeenten grouped by subregio, in the order of gemeenten.yaml. Each group:
// {name, anchor, municipalities: [item(m) ...]}.
mustache::list subregion_groups(const Network& network, const std::function<mustache::data(std::size_t)>& item);

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
