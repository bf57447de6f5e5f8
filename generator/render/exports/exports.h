#pragma once
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "render/output.h"

namespace nk {

// Open data and machine-readable files: exactly what the profile publishes (the published
// network of the RenderContext, nothing else).
void render_exports(const RenderContext& context, OutputSink& sink);
std::vector<std::string> export_templates();

// robots.txt and sitemap.xml (the sitemap only when site.yaml has a basis_url).
void render_robots_and_sitemap(const RenderContext& context, OutputSink& sink);

// data/netwerkkaart.json: the whole published network with the Dutch keys of data.md.
void render_netwerkkaart_json(const RenderContext& context, OutputSink& sink);
nlohmann::ordered_json netwerkkaart_document(const Network& network, const BuildSettings& settings);
// The same document printed piece by piece (settings.threads): json_bytes(netwerkkaart_document()).
std::string netwerkkaart_json_bytes(const Network& network, const BuildSettings& settings);

// data/netwerkkaart.schema.json: JSON Schema (draft 2020-12) of that document.
void render_netwerkkaart_schema(const RenderContext& context, OutputSink& sink);
nlohmann::ordered_json netwerkkaart_schema();

// data/hsds/*.json and data/hsds/datapackage.json: Open Referral HSDS 3.0 tables.
void render_hsds(const RenderContext& context, OutputSink& sink);
// The tables in datapackage order: (HSDS table name, printed JSON array), built per
// organisation on `threads` threads; hsds_tables parses them, for tests.
std::vector<std::pair<std::string, std::string>> hsds_files(const Network& network, unsigned threads);
std::vector<std::pair<std::string, nlohmann::ordered_json>> hsds_tables(const Network& network);

// organisaties/<org>/<contact>.vcf: a vCard 4.0 per published contact (vcard.h).
void render_vcards(const RenderContext& context, OutputSink& sink);

}  // namespace nk
