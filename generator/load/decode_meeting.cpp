#include "load/decoders.h"

namespace nk {

std::optional<Meeting> decode_meeting(const YamlNode& root, std::string_view stem, DecodeContext& ctx) {
  MappingReader r(root, "overleg", ctx);
  if (!r.ok()) return std::nullopt;
  Meeting m;
  m.at = r.at();
  m.id = entity_id(r, stem);
  m.name = r.required_text("naam");
  m.abbreviation = r.text("afkorting");
  m.kind = r.choice<MeetingKind>("soort");
  m.level = r.choice<Level>("niveau");
  m.area = r.area("werkgebied");
  m.specialisms = r.id_list("specialismen");
  m.purpose = r.markdown("doel");
  m.criteria = r.markdown("aanmeldcriteria");
  if (const YamlNode* node = r.get("aanmelden")) {
    MappingReader a(*node, "aanmelden", ctx);
    if (a.ok()) {
      Registration reg;
      reg.at = a.at();
      reg.organisation = a.text("organisatie");
      reg.contact = a.text("contact");
      reg.email = a.email("email");
      reg.website = a.url("website");
      m.registration = std::move(reg);
    }
  }
  m.chair = r.text("voorzitter");
  m.participants = r.id_list("deelnemers");
  m.frequency = r.text("frequentie");
  if (const YamlNode* node = r.get("opschaling")) {
    MappingReader o(*node, "opschaling", ctx);
    m.escalation_unreadable = !o.ok();
    if (o.ok()) {
      Escalation e;
      e.at = o.at();
      o.require("laag");
      if (auto layer = o.integer("laag", 1, 5)) {
        e.layer = *layer;
        e.escalates_to = o.id_list("escaleert_naar");
        m.escalation = std::move(e);
      } else {
        o.id_list("escaleert_naar");
        m.escalation_unreadable = true;
      }
    }
  }
  m.stewardship = r.stewardship("beheer");
  return m;
}

}  // namespace nk
