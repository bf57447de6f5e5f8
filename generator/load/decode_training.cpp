#include "load/decoders.h"

namespace nk {

namespace {

std::optional<Session> decode_session(const YamlNode& node, DecodeContext& ctx) {
  MappingReader r(node, "sessie", ctx);
  if (!r.ok()) return std::nullopt;
  Session s;
  s.at = r.at();
  auto start = r.required_datetime("start");
  auto end = r.required_datetime("eind");
  s.location = r.text("locatie");
  s.online = r.boolean("online");
  s.seats = r.integer("plaatsen", 1, 100000);
  if (auto status = r.choice<SessionStatus>("status")) s.status = *status;
  else s.status.at = s.at;
  if (!start || !end) return std::nullopt;  // reported; the session cannot be placed in time
  s.start = *start;
  s.end = *end;
  return s;
}

}  // namespace

std::optional<Training> decode_training(const YamlNode& root, std::string_view stem, DecodeContext& ctx) {
  MappingReader r(root, "training", ctx);
  if (!r.ok()) return std::nullopt;
  Training t;
  t.at = r.at();
  t.id = entity_id(r, stem);
  t.name = r.required_text("naam");
  t.provider = r.text("aanbieder");
  t.description = r.markdown("omschrijving");
  t.audiences = r.audiences("doelgroep");
  t.specialisms = r.id_list("specialismen");
  if (const YamlNode* costs = r.get("kosten")) t.costs = read_euro(*costs, "kosten", ctx);
  t.accreditation = r.text("accreditatie");
  if (const YamlNode* node = r.get("aanmelden")) {
    // A registration link, or an e-mail address people write to.
    if (auto text = read_text(*node, "aanmelden", ctx)) {
      if (text->value.find("://") == std::string::npos && text->value.find('@') != std::string::npos &&
          text->value.rfind("mailto:", 0) != 0)
        t.registration = read_email(*node, "aanmelden", ctx);
      else
        t.registration = read_url(*node, "aanmelden", ctx);
    }
  }
  t.open_to_external = r.boolean("open_voor_externen");
  r.each("sessies", [&](const YamlNode& item) {
    if (auto session = decode_session(item, ctx)) t.sessions.push_back(std::move(*session));
  });
  t.stewardship = r.stewardship("beheer");
  return t;
}

}  // namespace nk
