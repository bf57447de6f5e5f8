#include "load/decoders.h"

namespace nk {

namespace {

RouteStep decode_step(const YamlNode& node, DecodeContext& ctx) {
  RouteStep step;
  MappingReader r(node, "stap", ctx);
  step.at = r.at();
  if (!r.ok()) return step;
  step.title = r.required_text("titel");
  auto id = id_or_slug(r, step.title);
  step.id = id.id;
  step.id_explicit = id.explicit_id;
  step.explanation = r.markdown("uitleg");
  step.who = r.id_list("wie");
  r.each("volgende", [&](const YamlNode& item) {
    MappingReader n(item, "volgende stap", ctx);
    if (!n.ok()) return;
    NextStep next;
    next.at = n.at();
    next.step = n.required_text("stap");
    next.condition = n.text("als");
    if (!next.step.value.empty()) step.next.push_back(std::move(next));
  });
  return step;
}

}  // namespace

std::optional<Route> decode_route(const YamlNode& root, std::string_view stem, DecodeContext& ctx) {
  MappingReader r(root, "route", ctx);
  if (!r.ok()) return std::nullopt;
  Route route;
  route.at = r.at();
  route.id = entity_id(r, stem);
  route.name = r.required_text("naam");
  route.description = r.markdown("omschrijving");
  r.require("stappen");
  r.each("stappen", [&](const YamlNode& item) { route.steps.push_back(decode_step(item, ctx)); });
  if (const YamlNode* steps = r.get("stappen"); steps && steps->is_sequence() && steps->items.empty())
    ctx.report(Code::empty_value, steps->at, "'stappen' is leeg; een route heeft minstens een stap",
               "voeg stappen toe met '- titel: ...'");
  route.stewardship = r.stewardship("beheer");
  return route;
}

}  // namespace nk
