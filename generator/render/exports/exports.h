#pragma once
#include <string>
#include <vector>

#include "render/output.h"

namespace nk {

// Open data and machine-readable files: exactly what the profile publishes.
void render_exports(const RenderContext& context, OutputSink& sink);
std::vector<std::string> export_templates();

// robots.txt and sitemap.xml (the sitemap only when site.yaml has a basis_url).
void render_robots_and_sitemap(const RenderContext& context, OutputSink& sink);

}  // namespace nk
