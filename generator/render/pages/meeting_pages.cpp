// overleggen/index.html, with the opschalingsstructuur as text (layers 1 to 5, each with
// its overleggen and where they escalate to), and overleggen/<id>/index.html.
// The Graphviz diagram of the structure comes with the maps output; this text stays as
// its alternative.
#include <algorithm>

#include "render/pages/page_views.h"
#include "render/site_paths.h"

namespace nk {

namespace {

constexpr int lowest_layer = 1, highest_layer = 5;

std::string layer_anchor(int layer) { return "laag-" + std::to_string(layer); }

// "lerend-netwerk" -> "Lerend netwerk": a vocabulary word as it reads in a sentence.
std::string capitalised(std::string_view text) {
  std::string out(text);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  std::replace(out.begin(), out.end(), '-', ' ');
  return out;
}

// Relations within the meetings, turned around once per build.
struct MeetingRelations {
  std::vector<std::vector<std::size_t>> escalates_to, escalated_from;  // by meeting index
  std::vector<std::vector<ServiceRef>> services_via;                   // aanbod with toegang via the overleg
};

MeetingRelations relations_of(const Network& net, const PageIndex& index) {
  MeetingRelations rel;
  const std::size_t n = net.meetings.size();
  rel.escalates_to.resize(n);
  rel.escalated_from.resize(n);
  rel.services_via.resize(n);
  for (std::size_t m = 0; m < n; ++m) {
    if (!net.meetings[m].escalation) continue;
    for (const auto& id : net.meetings[m].escalation->escalates_to)
      if (auto it = net.meeting_index.find(id.value); it != net.meeting_index.end()) {
        rel.escalates_to[m].push_back(it->second);
        rel.escalated_from[it->second].push_back(m);  // m ascending: id order
      }
  }
  for (std::size_t o = 0; o < net.organisations.size(); ++o)
    for (std::size_t v = 0; v < net.organisations[o].services.size(); ++v)
      for (const auto& access : net.organisations[o].services[v].access) {
        if (!access.meeting) continue;
        auto it = net.meeting_index.find(access.meeting->value);
        if (it == net.meeting_index.end()) continue;
        auto& list = rel.services_via[it->second];
        if (list.empty() || list.back().organisation != o || list.back().service != v) list.push_back({o, v});
      }
  for (auto& list : rel.services_via)
    std::sort(list.begin(), list.end(), [&](const ServiceRef& a, const ServiceRef& b) {
      return index.service_rank[a.organisation][a.service] < index.service_rank[b.organisation][b.service];
    });
  return rel;
}

std::string meeting_meta(const Meeting& meeting) {
  std::string meta;
  if (meeting.kind) meta = capitalised(dutch_name(meeting.kind->value));
  if (meeting.level) meta += (meta.empty() ? "" : " · ") + std::string(dutch_name(meeting.level->value));
  return meta;
}

mustache::list meeting_links(const PageRenderer& r, const std::string& page, const std::vector<std::size_t>& meetings) {
  mustache::list out;
  for (std::size_t m : meetings) out.push_back(meeting_link(r, page, m));
  return out;
}

void meeting_page(const PageRenderer& r, const MeetingRelations& rel, std::size_t m, OutputSink& sink) {
  const Network& net = r.network();
  const Meeting& meeting = net.meetings[m];
  const std::string page = entity_path(EntityKind::meeting, meeting.id.value);
  if (!r.context().wants(page)) return;
  mustache::data d;
  d.set("abbreviation", text_or(meeting.abbreviation));
  d.set("stewardship", stewardship_data(r, meeting.stewardship));
  d.set("purpose_html", r.html(meeting.purpose, page, 3));
  d.set("criteria_html", r.html(meeting.criteria, page, 3));

  // Aanmelden: the organisation, its contact person (if published), e-mail and website.
  mustache::data registration(false);
  bool has_registration = false;
  if (const auto& reg = meeting.registration) {
    mustache::data g;
    mustache::data org(false), card(false);
    if (reg->organisation) {
      org = organisation_link(r, page, reg->organisation->value);
      if (auto it = net.organisation_index.find(reg->organisation->value); it != net.organisation_index.end() && reg->contact) {
        const Organisation& o = net.organisations[it->second];
        for (std::size_t c = 0; c < o.contacts.size(); ++c)
          if (o.contacts[c].id.value == reg->contact->value) card = contact_card(r, page, it->second, c, true);
      }
    }
    g.set("organisation", org);
    g.set("contact", card);
    g.set("email", email_data(reg->email));
    g.set("website", text_or(reg->website));
    has_registration = org.is_object() || card.is_object() || reg->email || reg->website;
    registration = std::move(g);
  }
  d.set("registration", has_registration ? registration : mustache::data(false));

  d.set("chair", meeting.chair ? organisation_link(r, page, meeting.chair->value) : mustache::data(false));
  mustache::list participants;
  std::vector<std::size_t> orgs;
  for (const auto& id : meeting.participants) {
    if (auto it = net.organisation_index.find(id.value); it != net.organisation_index.end()) orgs.push_back(it->second);
  }
  for (std::size_t o : orgs) participants.push_back(organisation_link(r, page, net.organisations[o].id.value));
  d.set("participants", participants);
  d.set("has_participants", !participants.empty());
  d.set("frequency", text_or(meeting.frequency));
  d.set("kind", meeting.kind ? capitalised(dutch_name(meeting.kind->value)) : std::string());
  d.set("level", meeting.level ? capitalised(dutch_name(meeting.level->value)) : std::string());
  d.set("area", area_text(net, meeting.area));
  mustache::list specialisms = specialism_links(r, page, meeting.specialisms);
  d.set("has_specialisms", !specialisms.empty());
  d.set("specialisms", specialisms);

  // Place in the opschalingsstructuur.
  if (meeting.escalation) {
    mustache::data e;
    int layer = meeting.escalation->layer.value;
    e.set("layer", std::to_string(layer));
    e.set("structure_url", r.url(page, "overleggen/index.html") + "#" + layer_anchor(layer));
    mustache::list up = meeting_links(r, page, rel.escalates_to[m]);
    e.set("has_up", !up.empty());
    e.set("up", up);
    e.set("top", layer >= highest_layer);
    d.set("escalation", e);
  } else {
    mustache::data e(false);
    d.set("escalation", e);
  }
  d.set("structure_url", r.url(page, "overleggen/index.html"));
  mustache::list down = meeting_links(r, page, rel.escalated_from[m]);
  d.set("has_down", !down.empty());
  d.set("down", down);

  d.set("map_html", embedded_html(r, page));
  mustache::list services;
  for (const auto& ref : rel.services_via[m]) services.push_back(service_link(r, page, ref));
  d.set("services", services);
  d.set("has_services", !services.empty());

  PageSpec spec;
  spec.path = page;
  spec.title = meeting.name.value;
  spec.description = meeting.name.value + ": doel, aanmeldcriteria, aanmelden en plaats in de opschalingsstructuur.";
  spec.body_template = "meeting";
  spec.body = std::move(d);
  spec.crumbs = {{"Home", "index.html"}, {"Overleggen", "overleggen/index.html"}, {meeting.name.value, ""}};
  spec.nav_section = "overleggen";
  r.emit(std::move(spec), sink);
}

void meetings_index(const PageRenderer& r, const MeetingRelations& rel, OutputSink& sink) {
  const Network& net = r.network();
  const std::string page = "overleggen/index.html";
  if (!r.context().wants(page)) return;
  // Within a layer, and outside the structure, by name.
  std::vector<std::size_t> order(net.meetings.size());
  std::vector<std::string> keys(net.meetings.size());
  for (std::size_t m = 0; m < order.size(); ++m) order[m] = m, keys[m] = sort_key(net.meetings[m].name.value);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });

  auto item = [&](std::size_t m) {
    mustache::data i = meeting_link(r, page, m);
    i.set("meta", meeting_meta(net.meetings[m]));
    mustache::list up = meeting_links(r, page, rel.escalates_to[m]);
    i.set("has_up", !up.empty());
    i.set("up", up);
    return i;
  };
  mustache::list layers, outside;
  for (int layer = lowest_layer; layer <= highest_layer; ++layer) {
    mustache::list meetings;
    for (std::size_t m : order)
      if (net.meetings[m].escalation && net.meetings[m].escalation->layer.value == layer) meetings.push_back(item(m));
    mustache::data l;
    l.set("layer", std::to_string(layer));
    l.set("anchor", layer_anchor(layer));
    l.set("has_meetings", !meetings.empty());
    l.set("meetings", meetings);
    layers.push_back(l);
  }
  for (std::size_t m : order)
    if (!net.meetings[m].escalation) outside.push_back(item(m));
  mustache::data d;
  d.set("region", net.site.region.value);
  d.set("count", std::to_string(net.meetings.size()));
  d.set("layers", layers);
  d.set("outside", outside);
  d.set("has_outside", !outside.empty());
  d.set("map_html", embedded_html(r, page));
  d.set("has_meetings", !net.meetings.empty());
  PageSpec spec;
  spec.path = page;
  spec.title = "Overleggen";
  spec.description = "De (specialistische) overleggen in " + net.site.region.value + " en de opschalingsstructuur.";
  spec.body_template = "meetings";
  spec.body = std::move(d);
  spec.crumbs = {{"Home", "index.html"}, {"Overleggen", ""}};
  spec.nav_section = "overleggen";
  r.emit(std::move(spec), sink);
}

}  // namespace

void render_meeting_pages(const PageRenderer& r, const PageIndex& index, OutputSink& sink) {
  if (!r.context().wants_any_under("overleggen/")) return;
  const MeetingRelations rel = relations_of(r.network(), index);
  meetings_index(r, rel, sink);
  parallel_for(r.network().meetings.size(), r.context().settings.threads,
               [&](std::size_t m) { meeting_page(r, rel, m, sink); });
}

}  // namespace nk
