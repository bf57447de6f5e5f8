#include "render/maps/builders.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "render/site_paths.h"

namespace nk {

namespace {

std::string org_key(const Organisation& org) { return "organisatie:" + org.id.value; }

// How connected an organisation is in the whole network: its relations both ways and its
// overleggen. Ties in caps are broken by this, then by name.
// Computed once per index and thread: every map of a build asks for it.
const std::vector<std::size_t>& organisation_degrees(const Network& net, const PageIndex& index) {
  thread_local const PageIndex* for_index = nullptr;
  thread_local std::vector<std::size_t> degree;
  if (for_index == &index && degree.size() == net.organisations.size()) return degree;
  degree.assign(net.organisations.size(), 0);
  for (std::size_t o = 0; o < net.organisations.size(); ++o)
    degree[o] = net.organisations[o].relations.size() + index.incoming_relations[o].size() +
                index.chaired_meetings[o].size() + index.joined_meetings[o].size() +
                index.services_reached_via[o].size();
  for_index = &index;
  return degree;
}

// Builds a map node by key, once.
class Builder {
 public:
  explicit Builder(MapGraph& graph) : graph_(graph) {}

  std::size_t node(const std::string& key, MapNode make) {
    auto it = by_key_.find(key);
    if (it != by_key_.end()) return it->second;
    make.key = key;
    std::size_t i = add_node(graph_, std::move(make));
    by_key_.emplace(key, i);
    return i;
  }
  bool has(const std::string& key) const { return by_key_.count(key) > 0; }

  std::size_t organisation(const Network& net, std::size_t o, int cluster = -1) {
    const Organisation& org = net.organisations[o];
    MapNode n;
    n.name = org.name.value;
    n.kind = "organisatie";
    if (org.ring.value == Ring::second_ring) n.classes.push_back("tweede-ring");
    n.target = entity_path(EntityKind::organisation, org.id.value);
    n.cluster = cluster;
    return node(org_key(org), std::move(n));
  }
  std::size_t specialism(const Network& net, std::size_t s) {
    MapNode n;
    n.name = net.specialisms[s].name.value;
    n.kind = "specialisme";
    n.target = entity_path(EntityKind::specialism, net.specialisms[s].id.value);
    return node("specialisme:" + net.specialisms[s].id.value, std::move(n));
  }
  std::size_t meeting(const Network& net, std::size_t m) {
    MapNode n;
    n.name = net.meetings[m].name.value;
    n.kind = "overleg";
    n.target = entity_path(EntityKind::meeting, net.meetings[m].id.value);
    return node("overleg:" + net.meetings[m].id.value, std::move(n));
  }
  std::size_t service(const Network& net, const ServiceRef& ref) {
    const Service& s = net.organisations[ref.organisation].services[ref.service];
    MapNode n;
    n.name = s.name.value;
    n.kind = "aanbod";
    n.target = entity_path(EntityKind::service, s.id.value);
    return node("aanbod:" + s.id.value, std::move(n));
  }
  std::size_t more(std::size_t count, const std::string& target, const std::string& what) {
    MapNode n;
    n.name = "en nog " + std::to_string(count) + (what.empty() ? "" : " " + what);
    n.kind = "meer";
    n.target = target;
    return node("meer:" + what + ":" + target, std::move(n));
  }
  void edge(std::size_t from, std::size_t to, const std::string& kind, std::string label = {}) {
    MapEdge e;
    e.from = from;
    e.to = to;
    e.kind = kind;
    e.label = std::move(label);
    graph_.edges.push_back(std::move(e));
  }

 private:
  MapGraph& graph_;
  std::unordered_map<std::string, std::size_t> by_key_;
};

std::string relation_text(RelationKind kind) {
  switch (kind) {
    case RelationKind::refers_to: return "verwijst naar";
    case RelationKind::works_with: return "werkt samen met";
    case RelationKind::part_of: return "is onderdeel van";
    case RelationKind::funds: return "financiert";
  }
  return "";
}

MapRelationRow row(const MapGraph& g, std::size_t from, const std::string& relation, std::size_t to) {
  return {g.nodes[from].name, g.nodes[from].target, relation, g.nodes[to].name, g.nodes[to].target};
}

// The first `cap` of `items` after sorting by `better`; returns how many were left out.
template <class T, class Less>
std::size_t keep_best(std::vector<T>& items, std::size_t cap, Less better) {
  std::stable_sort(items.begin(), items.end(), better);
  if (items.size() <= cap) return 0;
  std::size_t hidden = items.size() - cap;
  items.resize(cap);
  return hidden;
}

void legend_node(MapGraph& g, const std::string& modifier, const std::string& text) {
  for (const auto& l : g.legend)
    if (!l.edge && l.modifier == modifier) return;
  g.legend.push_back({modifier, text, false});
}
void legend_edge(MapGraph& g, const std::string& modifier, const std::string& text) {
  for (const auto& l : g.legend)
    if (l.edge && l.modifier == modifier) return;
  g.legend.push_back({modifier, text, true});
}

void organisation_legend(MapGraph& g) {
  bool chain = false, second = false;
  for (const auto& n : g.nodes) {
    if (n.kind != "organisatie") continue;
    bool is_second = std::find(n.classes.begin(), n.classes.end(), "tweede-ring") != n.classes.end();
    (is_second ? second : chain) = true;
  }
  if (chain) legend_node(g, "organisatie", "Organisatie in de keten");
  if (second) legend_node(g, "organisatie tweede-ring", "Organisatie in de tweede ring");
}

}  // namespace

MapGraph organisation_map(const Network& net, const PageIndex& index, std::size_t o, const MapCaps& caps) {
  const Organisation& org = net.organisations[o];
  const auto& degree = organisation_degrees(net, index);
  MapGraph g;
  g.id = "kaart-organisatie";
  g.title = "Netwerkkaart van " + org.name.value;
  Builder b(g);
  std::size_t self = b.organisation(net, o);
  g.nodes[self].bold = true;
  g.nodes[self].classes.push_back("focus");
  measure_node(g.nodes[self]);

  // Organisations around it: its relations both ways and those that give toegang to its aanbod.
  struct Link {
    std::size_t other;
    bool outgoing;
    std::string kind, text;
  };
  std::vector<Link> links;
  for (const auto& rel : org.relations)
    if (auto it = net.organisation_index.find(rel.organisation.value); it != net.organisation_index.end())
      links.push_back({it->second, true, std::string(dutch_name(rel.kind.value)), relation_text(rel.kind.value)});
  for (const auto& in : index.incoming_relations[o]) {
    const Relation& rel = net.organisations[in.from_organisation].relations[in.relation];
    links.push_back({in.from_organisation, false, std::string(dutch_name(rel.kind.value)), relation_text(rel.kind.value)});
  }
  std::vector<bool> referrer(net.organisations.size(), false);
  for (std::size_t v = 0; v < org.services.size(); ++v)
    for (const auto& access : org.services[v].access)
      for (const auto& via : access.via_organisations)
        if (auto it = net.organisation_index.find(via.value);
            it != net.organisation_index.end() && it->second != o && !referrer[it->second]) {
          referrer[it->second] = true;
          links.push_back({it->second, false, "toegang", "geeft toegang tot aanbod van"});
        }
  // The organisations to show: most links with this one first, then most connected.
  std::map<std::size_t, std::size_t> link_count;
  for (const auto& l : links)
    if (l.other != o) ++link_count[l.other];
  std::vector<std::size_t> others;
  for (const auto& [other, count] : link_count) others.push_back(other);
  g.hidden += keep_best(others, caps.organisations, [&](std::size_t a, std::size_t b2) {
    if (link_count[a] != link_count[b2]) return link_count[a] > link_count[b2];
    if (degree[a] != degree[b2]) return degree[a] > degree[b2];
    return index.organisation_rank[a] < index.organisation_rank[b2];
  });
  std::sort(others.begin(), others.end(),
            [&](std::size_t a, std::size_t b2) { return index.organisation_rank[a] < index.organisation_rank[b2]; });
  std::vector<bool> shown(net.organisations.size(), false);
  for (std::size_t other : others) shown[other] = true, b.organisation(net, other);
  for (const auto& l : links) {
    if (l.other == o || !shown[l.other]) continue;
    std::size_t other = b.organisation(net, l.other);
    if (l.outgoing) b.edge(self, other, l.kind);
    else b.edge(other, self, l.kind);
    g.rows.push_back(l.outgoing ? row(g, self, l.text, other) : row(g, other, l.text, self));
    legend_edge(g, l.kind, l.kind == "toegang" ? "Geeft toegang tot aanbod" : l.text);
  }

  // Overleggen it chairs or joins.
  struct MeetingLink {
    std::size_t meeting;
    bool chair;
  };
  std::vector<MeetingLink> meetings;
  for (std::size_t m : index.chaired_meetings[o]) meetings.push_back({m, true});
  for (std::size_t m : index.joined_meetings[o]) meetings.push_back({m, false});
  g.hidden += keep_best(meetings, caps.meetings, [&](const MeetingLink& a, const MeetingLink& c) {
    if (a.chair != c.chair) return a.chair;
    return net.meetings[a.meeting].participants.size() > net.meetings[c.meeting].participants.size();
  });
  for (const auto& ml : meetings) {
    std::size_t m = b.meeting(net, ml.meeting);
    b.edge(self, m, ml.chair ? "voorzitter" : "deelnemer");
    g.rows.push_back(row(g, self, ml.chair ? "is voorzitter van" : "neemt deel aan", m));
    legend_edge(g, ml.chair ? "voorzitter" : "deelnemer", ml.chair ? "Voorzitter van het overleg" : "Neemt deel aan het overleg");
  }

  // Its specialismen.
  std::vector<std::size_t> specialisms;
  for (const auto& id : org.specialisms)
    if (auto it = net.specialism_index.find(id.value); it != net.specialism_index.end()) specialisms.push_back(it->second);
  g.hidden += keep_best(specialisms, caps.specialisms, [](std::size_t, std::size_t) { return false; });
  for (std::size_t s : specialisms) {
    std::size_t n = b.specialism(net, s);
    b.edge(self, n, "expertise");
    g.rows.push_back(row(g, self, "heeft expertise in", n));
    legend_edge(g, "expertise", "Heeft expertise in");
  }
  if (g.hidden > 0) {
    g.hidden_target = entity_path(EntityKind::organisation, org.id.value) + "#relaties";
    if (org.relations.empty() && index.incoming_relations[o].empty()) g.hidden_target = entity_path(EntityKind::organisation, org.id.value);
    std::size_t more = b.more(g.hidden, g.hidden_target, "");
    b.edge(self, more, "meer");
  }
  organisation_legend(g);
  if (!meetings.empty()) legend_node(g, "overleg", "Overleg");
  if (!specialisms.empty()) legend_node(g, "specialisme", "Specialisme");
  g.description = org.name.value + " in het midden, met " + std::to_string(others.size()) +
                  " organisaties waarmee het een relatie heeft, " + std::to_string(meetings.size()) +
                  " overleggen en " + std::to_string(specialisms.size()) + " specialismen." +
                  (g.hidden ? " " + std::to_string(g.hidden) + " verbindingen staan alleen in de lijsten op deze pagina." : "");
  return g;
}

MapGraph specialism_map(const Network& net, const PageIndex& index, std::size_t s, const MapCaps& caps) {
  const Specialism& spec = net.specialisms[s];
  const auto& degree = organisation_degrees(net, index);
  const std::string page = entity_path(EntityKind::specialism, spec.id.value);
  MapGraph g;
  g.id = "kaart-specialisme";
  g.title = "Netwerkkaart van " + spec.name.value;
  Builder b(g);
  std::size_t self = b.specialism(net, s);
  g.nodes[self].bold = true;
  g.nodes[self].classes.push_back("focus");
  measure_node(g.nodes[self]);

  std::vector<std::size_t> orgs = index.organisations_by_specialism[s];
  std::size_t hidden_orgs = keep_best(orgs, caps.organisations, [&](std::size_t a, std::size_t c) {
    if (degree[a] != degree[c]) return degree[a] > degree[c];
    return index.organisation_rank[a] < index.organisation_rank[c];
  });
  std::sort(orgs.begin(), orgs.end(), [&](std::size_t a, std::size_t c) { return index.organisation_rank[a] < index.organisation_rank[c]; });
  for (std::size_t o : orgs) {
    std::size_t n = b.organisation(net, o);
    b.edge(n, self, "expertise");
    g.rows.push_back(row(g, n, "heeft expertise in", self));
  }
  if (!orgs.empty()) legend_edge(g, "expertise", "Heeft expertise in");

  std::vector<ContactRef> contacts;
  for (const ContactRef& ref : index.contacts_by_specialism[s])
    if (net.organisations[ref.organisation].contacts[ref.contact].has_role(ContactRole::fixed_contact))
      contacts.push_back(ref);
  std::size_t hidden_contacts = keep_best(contacts, caps.contacts, [&](const ContactRef& a, const ContactRef& c) {
    return index.contact_rank[a.organisation][a.contact] < index.contact_rank[c.organisation][c.contact];
  });
  for (const ContactRef& ref : contacts) {
    const Organisation& org = net.organisations[ref.organisation];
    const Contact& contact = org.contacts[ref.contact];
    MapNode n;
    n.name = contact.name.value + " (" + (org.abbreviation ? org.abbreviation->value : org.name.value) + ")";
    n.kind = "contact";
    n.target = entity_path(EntityKind::organisation, org.id.value) + "#contact-" + contact.id.value;
    std::size_t c = b.node("contact:" + org.id.value + ":" + contact.id.value, std::move(n));
    b.edge(c, self, "aanspreekpunt");
    g.rows.push_back(row(g, c, "is aanspreekpunt voor", self));
  }
  if (!contacts.empty()) {
    legend_node(g, "contact", "Aanspreekpunt (persoon)");
    legend_edge(g, "aanspreekpunt", "Is aanspreekpunt voor");
  }

  std::vector<ServiceRef> services = index.services_by_specialism[s];
  std::size_t hidden_services = keep_best(services, caps.services, [&](const ServiceRef& a, const ServiceRef& c) {
    return index.service_rank[a.organisation][a.service] < index.service_rank[c.organisation][c.service];
  });
  std::size_t access_nodes = 0;
  for (const ServiceRef& ref : services) {
    const Service& service = net.organisations[ref.organisation].services[ref.service];
    std::size_t v = b.service(net, ref);
    b.edge(self, v, "aanbod");
    g.rows.push_back(row(g, self, "aanbod", v));
    for (const auto& access : service.access) {
      std::string how = std::string(dutch_name(access.route.value));
      for (const auto& via : access.via_organisations) {
        auto it = net.organisation_index.find(via.value);
        if (it == net.organisation_index.end()) continue;
        bool present = b.has(org_key(net.organisations[it->second]));
        if (!present && access_nodes >= caps.organisations) continue;
        if (!present) ++access_nodes;
        std::size_t n = b.organisation(net, it->second);
        b.edge(n, v, "toegang");
        g.rows.push_back(row(g, n, "geeft toegang (" + how + ") tot", v));
        legend_edge(g, "toegang", "Geeft toegang tot het aanbod");
      }
      if (access.meeting)
        if (auto it = net.meeting_index.find(access.meeting->value); it != net.meeting_index.end()) {
          std::size_t n = b.meeting(net, it->second);
          b.edge(n, v, "toegang");
          g.rows.push_back(row(g, n, "geeft toegang tot", v));
          legend_edge(g, "toegang", "Geeft toegang tot het aanbod");
          legend_node(g, "overleg", "Overleg");
        }
    }
  }
  if (!services.empty()) {
    legend_node(g, "aanbod", "Aanbod");
    legend_edge(g, "aanbod", "Aanbod voor dit specialisme");
  }
  g.hidden = hidden_orgs + hidden_contacts + hidden_services;
  if (g.hidden > 0) {
    g.hidden_target = page + (hidden_orgs ? "#organisaties" : hidden_services ? "#aanbod" : "#aanspreekpunten");
    b.edge(self, b.more(g.hidden, g.hidden_target, ""), "meer");
  }
  legend_node(g, "specialisme", "Specialisme");
  organisation_legend(g);
  g.description = spec.name.value + " in het midden: " + std::to_string(orgs.size()) + " organisaties met deze expertise, " +
                  std::to_string(contacts.size()) + " aanspreekpunten en " + std::to_string(services.size()) +
                  " vormen van aanbod met de organisaties en overleggen die er toegang toe geven." +
                  (g.hidden ? " Nog " + std::to_string(g.hidden) + " staan alleen in de lijsten op deze pagina." : "");
  return g;
}

MapGraph municipality_map(const Network& net, const PageIndex& index, std::size_t m, const MapCaps& caps) {
  const Municipality& mun = net.municipalities[m];
  const auto& degree = organisation_degrees(net, index);
  MapGraph g;
  g.id = "kaart-gemeente";
  g.title = "Netwerkkaart van gemeente " + mun.name.value;
  // A tree from left to right: the gemeente, the soorten of organisatie that work there,
  // the organisations. Soorten are nodes rather than clusters: dot with clusters depends
  // on what Graphviz laid out before (layout_pool.h), a tree does not.
  g.ranksep = 0.6;
  Builder b(g);
  MapNode centre;
  centre.name = mun.name.value;
  centre.kind = "gemeente";
  centre.bold = true;
  centre.classes.push_back("focus");
  std::size_t self = b.node("gemeente:" + mun.id.value, std::move(centre));

  // Organisations that work here: the ones with their own werkgebied here first (a
  // region-wide one serves every gemeente alike), then the most connected.
  std::vector<std::size_t> orgs = index.organisations_by_municipality[m];
  g.hidden = keep_best(orgs, caps.organisations + caps.meetings, [&](std::size_t a2, std::size_t c) {
    bool la = !net.organisations[a2].area.whole_region, lc = !net.organisations[c].area.whole_region;
    if (la != lc) return la;
    if (degree[a2] != degree[c]) return degree[a2] > degree[c];
    return index.organisation_rank[a2] < index.organisation_rank[c];
  });
  // Grouped by soort, soorten in the order of soorten.yaml.
  std::map<std::size_t, std::vector<std::size_t>> by_kind;
  for (std::size_t o : orgs) {
    auto it = net.kind_index.find(net.organisations[o].kind.value);
    by_kind[it == net.kind_index.end() ? net.organisation_kinds.size() : it->second].push_back(o);
  }
  const bool split = overview_is_split(net, caps);
  for (auto& [kind, members] : by_kind) {
    std::sort(members.begin(), members.end(), [&](std::size_t a2, std::size_t c) { return index.organisation_rank[a2] < index.organisation_rank[c]; });
    MapNode k;
    k.name = kind < net.organisation_kinds.size() ? net.organisation_kinds[kind].name.value : "Overig";
    k.kind = "soort";
    k.target = split && kind < net.organisation_kinds.size() ? overview_submap_path(net, kind) : std::string(overview_page);
    std::size_t kn = b.node("soort:" + std::to_string(kind), std::move(k));
    b.edge(self, kn, "soort");
    for (std::size_t o : members) {
      std::size_t n = b.organisation(net, o);
      b.edge(kn, n, "soort");
      g.rows.push_back({g.nodes[n].name, g.nodes[n].target, "werkt in " + mun.name.value + " en is een", g.nodes[kn].name, g.nodes[kn].target});
    }
  }
  if (g.hidden > 0) {
    g.hidden_target = entity_path(EntityKind::municipality, mun.id.value) + "#alle-organisaties";
    b.edge(self, b.more(g.hidden, g.hidden_target, "organisaties"), "meer");
  }
  legend_node(g, "gemeente", "Gemeente");
  legend_node(g, "soort", "Soort organisatie (leidt naar de netwerkkaart)");
  organisation_legend(g);
  g.description = "Gemeente " + mun.name.value + " links, dan de soorten organisaties en rechts de " +
                  std::to_string(orgs.size()) + " organisaties die er werken." +
                  (g.hidden ? " Nog " + std::to_string(g.hidden) + " organisaties staan in de lijst op deze pagina." : "");
  return g;
}

MapGraph escalation_map(const Network& net, std::optional<std::size_t> focus, const MapCaps& caps) {
  constexpr int lowest = 1, highest = 5;
  const std::size_t count = net.meetings.size();
  std::vector<std::vector<std::size_t>> up(count), down(count);
  for (std::size_t m = 0; m < count; ++m)
    if (net.meetings[m].escalation)
      for (const auto& id : net.meetings[m].escalation->escalates_to)
        if (auto it = net.meeting_index.find(id.value); it != net.meeting_index.end())
          up[m].push_back(it->second), down[it->second].push_back(m);

  // Which overleggen to draw.
  std::vector<bool> include(count, false);
  std::size_t hidden = 0;
  if (focus) {
    // Everything above it (its escalation chain, to the top) and what escalates to it.
    std::vector<std::size_t> stack{*focus};
    include[*focus] = true;
    while (!stack.empty()) {
      std::size_t m = stack.back();
      stack.pop_back();
      for (std::size_t u : up[m])
        if (!include[u]) include[u] = true, stack.push_back(u);
    }
    std::vector<std::size_t> below = down[*focus];
    hidden = keep_best(below, caps.per_layer, [&](std::size_t a, std::size_t c) { return down[a].size() > down[c].size(); });
    for (std::size_t m : below) include[m] = true;
  } else {
    for (int layer = lowest; layer <= highest; ++layer) {
      std::vector<std::size_t> members;
      for (std::size_t m = 0; m < count; ++m)
        if (net.meetings[m].escalation && net.meetings[m].escalation->layer.value == layer) members.push_back(m);
      hidden += keep_best(members, caps.per_layer, [&](std::size_t a, std::size_t c) {
        return up[a].size() + down[a].size() > up[c].size() + down[c].size();
      });
      for (std::size_t m : members) include[m] = true;
    }
  }

  MapGraph g;
  g.id = focus ? "kaart-opschaling-overleg" : "kaart-opschaling";
  g.title = focus ? "Plaats van " + net.meetings[*focus].name.value + " in de opschalingsstructuur" : "Opschalingsstructuur";
  g.rankdir = "BT";  // laag 1 at the bottom: escalating goes up
  g.ranksep = 0.45;
  Builder b(g);
  // One column of layer nodes keeps the layers in order, even where one is empty.
  std::vector<std::size_t> layer_nodes;
  for (int layer = lowest; layer <= highest; ++layer) {
    MapNode n;
    n.name = "Laag " + std::to_string(layer);
    n.kind = "laag";
    n.target = std::string(escalation_page) + "#laag-" + std::to_string(layer);
    layer_nodes.push_back(b.node("laag:" + std::to_string(layer), std::move(n)));
    g.same_rank.push_back({layer_nodes.back()});
    if (layer > lowest) b.edge(layer_nodes[layer_nodes.size() - 2], layer_nodes.back(), "verborgen");
  }
  std::vector<std::size_t> node_of(count, 0);
  std::vector<std::size_t> hidden_per_layer(highest + 1, 0);
  for (std::size_t m = 0; m < count; ++m) {
    if (!include[m]) continue;
    node_of[m] = b.meeting(net, m);
    if (focus && m == *focus) {
      g.nodes[node_of[m]].bold = true;
      g.nodes[node_of[m]].classes.push_back("focus");
      measure_node(g.nodes[node_of[m]]);
    }
    if (net.meetings[m].escalation) {
      int layer = net.meetings[m].escalation->layer.value;
      if (layer >= lowest && layer <= highest) g.same_rank[static_cast<std::size_t>(layer - lowest)].push_back(node_of[m]);
    } else {
      g.nodes[node_of[m]].classes.push_back("buiten");
    }
  }
  if (!focus)
    for (int layer = lowest; layer <= highest; ++layer) {
      std::size_t total = 0, drawn = 0;
      for (std::size_t m = 0; m < count; ++m)
        if (net.meetings[m].escalation && net.meetings[m].escalation->layer.value == layer) ++total, drawn += include[m];
      if (total > drawn) {
        std::size_t n = b.more(total - drawn, std::string(escalation_page) + "#laag-" + std::to_string(layer), "overleggen");
        g.same_rank[static_cast<std::size_t>(layer - lowest)].push_back(n);
      }
    }
  for (std::size_t m = 0; m < count; ++m) {
    if (!include[m]) continue;
    for (std::size_t u : up[m]) {
      if (!include[u]) continue;
      b.edge(node_of[m], node_of[u], "escaleert");
      g.rows.push_back(row(g, node_of[m], "escaleert naar", node_of[u]));
    }
  }
  // Every overleg drawn gets a row, also one without escalation edges.
  for (std::size_t m = 0; m < count; ++m) {
    if (!include[m]) continue;
    if (!up[m].empty()) continue;
    std::string where = net.meetings[m].escalation ? "staat in laag " + std::to_string(net.meetings[m].escalation->layer.value) +
                                                         (up[m].empty() ? " en escaleert niet verder" : "")
                                                   : "staat buiten de opschalingsstructuur";
    g.rows.push_back({net.meetings[m].name.value, g.nodes[node_of[m]].target, where, "", ""});
  }
  g.hidden = hidden;
  if (focus && hidden > 0) {
    g.hidden_target = entity_path(EntityKind::meeting, net.meetings[*focus].id.value) + "#opschaling";
    b.edge(b.more(hidden, g.hidden_target, "overleggen"), node_of[*focus], "meer");
  }
  legend_node(g, "laag", "Laag van de opschalingsstructuur (1 lokaal, 5 hoogst)");
  legend_node(g, "overleg", "Overleg");
  if (focus) legend_node(g, "overleg focus", "Dit overleg");
  legend_edge(g, "escaleert", "Escaleert naar");
  g.description = focus ? "De overleggen waarnaar " + net.meetings[*focus].name.value +
                              " escaleert, tot de hoogste laag, en de overleggen die ernaar escaleren. Laag 1 staat onderaan."
                        : "Alle overleggen van de opschalingsstructuur per laag, laag 1 onderaan, met pijlen naar het overleg "
                          "waarnaar elk escaleert." +
                              (hidden ? " Per laag staan de meest verbonden overleggen in de kaart; nog " +
                                            std::to_string(hidden) + " staan in de lijst eronder."
                                      : std::string());
  return g;
}

MapGraph route_map(const Network& net, std::size_t r) {
  const Route& route = net.routes[r];
  const std::string page = entity_path(EntityKind::route, route.id.value);
  MapGraph g;
  g.id = "kaart-route";
  g.title = "Routekaart: " + route.name.value;
  g.rankdir = "TB";
  g.ranksep = 0.4;
  g.nodesep = 0.4;
  Builder b(g);
  std::unordered_map<std::string, std::size_t> step_node;
  for (const auto& step : route.steps) {
    MapNode n;
    n.name = step.title.value;
    n.kind = "stap";
    n.target = page + "#stap-" + step.id.value;
    step_node[step.id.value] = b.node("stap:" + step.id.value, std::move(n));
  }
  for (const auto& step : route.steps)
    for (const auto& next : step.next) {
      auto it = step_node.find(next.step.value);
      if (it == step_node.end()) continue;
      std::size_t from = step_node.at(step.id.value);
      b.edge(from, it->second, next.condition ? "als" : "volgende", next.condition ? next.condition->value : std::string());
      g.rows.push_back(row(g, from, next.condition ? "als " + next.condition->value + ", dan" : "daarna", it->second));
    }
  legend_node(g, "stap", "Stap (leidt naar de uitleg eronder)");
  legend_edge(g, "volgende", "Volgende stap");
  bool conditional = false;
  for (const auto& e : g.edges) conditional = conditional || e.kind == "als";
  if (conditional) legend_edge(g, "als", "Volgende stap onder een voorwaarde (staat erbij)");
  g.description = "Stroomschema van " + std::to_string(route.steps.size()) + " stappen, van boven naar beneden; " +
                  "bij een splitsing staat de voorwaarde bij de pijl. De stappen staan ook als tekst op deze pagina.";
  return g;
}

bool overview_is_split(const Network& net, const MapCaps& caps) { return net.organisations.size() > caps.overview_detail; }

std::string overview_submap_path(const Network& net, std::size_t kind) {
  return "kaart/" + net.organisation_kinds[kind].id.value + "/index.html";
}

MapGraph overview_map(const Network& net, const PageIndex& index, const MapCaps& caps) {
  MapGraph g;
  g.id = "kaart-overzicht";
  g.title = "Overzichtskaart van het netwerk in " + net.site.region.value;
  // osage packs the clusters (soorten) side by side in a compact block; dot would draw
  // them as one long strip, sfdp drops clusters.
  g.engine = MapEngine::osage;
  Builder b(g);
  const std::size_t kinds = net.organisation_kinds.size();
  auto kind_of = [&](const Organisation& org) {
    auto it = net.kind_index.find(org.kind.value);
    return it == net.kind_index.end() ? kinds : it->second;
  };
  if (!overview_is_split(net, caps)) {
    // Each organisation, in a cluster per soort.
    std::map<std::size_t, int> cluster_of;
    std::vector<std::size_t> order(net.organisations.size());
    for (std::size_t o = 0; o < order.size(); ++o) order[o] = o;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t c) { return index.organisation_rank[a] < index.organisation_rank[c]; });
    for (std::size_t o : order) {
      std::size_t kind = kind_of(net.organisations[o]);
      auto [it, added] = cluster_of.emplace(kind, static_cast<int>(g.clusters.size()));
      if (added) g.clusters.push_back({kind < kinds ? net.organisation_kinds[kind].name.value : "Overig", "soort"});
      b.organisation(net, o, it->second);
    }
    for (std::size_t o : order)
      for (const auto& rel : net.organisations[o].relations)
        if (auto it = net.organisation_index.find(rel.organisation.value); it != net.organisation_index.end() && it->second != o) {
          std::size_t from = b.organisation(net, o), to = b.organisation(net, it->second);
          b.edge(from, to, std::string(dutch_name(rel.kind.value)));
          g.rows.push_back(row(g, from, relation_text(rel.kind.value), to));
          legend_edge(g, std::string(dutch_name(rel.kind.value)), relation_text(rel.kind.value));
        }
    organisation_legend(g);
    g.description = "Alle " + std::to_string(net.organisations.size()) +
                    " organisaties van het netwerk, gegroepeerd per soort, met hun relaties. Organisaties in de tweede "
                    "ring (vindplaatsen en partners buiten de keten) hebben een gestippelde rand.";
    return g;
  }
  // Aggregated: one node per soort and ring, edges weighted by the relations between them.
  // dot routes the lines around the nodes and places their numbers beside them (osage
  // draws straight lines across everything); it also keeps keten and tweede ring apart.
  g.engine = MapEngine::dot;
  g.rankdir = "LR";
  g.ranksep = 0.7;
  g.nodesep = 0.2;
  g.clusters.push_back({"Keten", "ring"});
  g.clusters.push_back({"Tweede ring", "ring tweede-ring"});
  std::map<std::pair<std::size_t, int>, std::size_t> members;
  for (const auto& org : net.organisations) ++members[{kind_of(org), org.ring.value == Ring::second_ring}];
  std::map<std::pair<std::size_t, int>, std::size_t> node_of;
  for (const auto& [key, n] : members) {
    const auto& [kind, second] = key;
    MapNode node;
    node.name = (kind < kinds ? net.organisation_kinds[kind].name.value : "Overig") + " (" + std::to_string(n) + ")";
    node.kind = "soort";
    if (second) node.classes.push_back("tweede-ring");
    node.cluster = second;
    if (kind < kinds) node.target = overview_submap_path(net, kind);
    node_of[key] = b.node("soort:" + std::to_string(kind) + ":" + std::to_string(second), std::move(node));
  }
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> weight;
  for (const auto& org : net.organisations)
    for (const auto& rel : org.relations)
      if (auto it = net.organisation_index.find(rel.organisation.value); it != net.organisation_index.end()) {
        const Organisation& to = net.organisations[it->second];
        std::size_t a = node_of[{kind_of(org), org.ring.value == Ring::second_ring}];
        std::size_t c = node_of[{kind_of(to), to.ring.value == Ring::second_ring}];
        if (a != c) ++weight[{std::min(a, c), std::max(a, c)}];  // both ways: no arrow (theme)
      }
  std::vector<std::pair<std::pair<std::size_t, std::size_t>, std::size_t>> edges(weight.begin(), weight.end());
  // The strongest connections only: a soort graph with every pair connected says nothing.
  g.hidden = keep_best(edges, std::max<std::size_t>(g.nodes.size(), 12),
                       [](const auto& a, const auto& c) { return a.second > c.second; });
  std::sort(edges.begin(), edges.end());
  for (const auto& [pair, n] : edges) {
    b.edge(pair.first, pair.second, "samen");
    g.edges.back().label = std::to_string(n);
    g.rows.push_back(row(g, pair.first, n == 1 ? "1 relatie met" : std::to_string(n) + " relaties met", pair.second));
  }
  legend_node(g, "soort", "Soort organisatie in de keten (aantal); leidt naar de kaart van die soort");
  legend_node(g, "soort tweede-ring", "Soort organisatie in de tweede ring (aantal)");
  legend_edge(g, "samen", "Relaties tussen organisaties van beide soorten, beide kanten op (aantal)");
  g.description = "Het netwerk per soort organisatie, keten en tweede ring apart, met het aantal relaties tussen de "
                  "soorten. Elke soort heeft een eigen kaart met de organisaties zelf.";
  return g;
}

MapGraph overview_submap(const Network& net, const PageIndex& index, std::size_t kind, const MapCaps& caps) {
  const auto& degree = organisation_degrees(net, index);
  const OrganisationKind& k = net.organisation_kinds[kind];
  MapGraph g;
  g.id = "kaart-soort";
  g.title = "Netwerkkaart: " + k.name.value;
  g.engine = MapEngine::osage;  // fdp with clusters depends on what it laid out before
  Builder b(g);
  std::vector<std::size_t> orgs;
  for (std::size_t o = 0; o < net.organisations.size(); ++o)
    if (net.organisations[o].kind.value == k.id.value) orgs.push_back(o);
  g.hidden = keep_best(orgs, caps.submap_organisations, [&](std::size_t a, std::size_t c) {
    if (degree[a] != degree[c]) return degree[a] > degree[c];
    return index.organisation_rank[a] < index.organisation_rank[c];
  });
  std::sort(orgs.begin(), orgs.end(), [&](std::size_t a, std::size_t c) { return index.organisation_rank[a] < index.organisation_rank[c]; });
  std::vector<bool> shown(net.organisations.size(), false);
  g.clusters.push_back({"Keten", "ring"});
  g.clusters.push_back({"Tweede ring", "ring tweede-ring"});
  for (std::size_t o : orgs) shown[o] = true, b.organisation(net, o, net.organisations[o].ring.value == Ring::second_ring);
  for (std::size_t o : orgs)
    for (const auto& rel : net.organisations[o].relations)
      if (auto it = net.organisation_index.find(rel.organisation.value);
          it != net.organisation_index.end() && shown[it->second] && it->second != o) {
        std::size_t from = b.organisation(net, o), to = b.organisation(net, it->second);
        b.edge(from, to, std::string(dutch_name(rel.kind.value)));
        g.rows.push_back(row(g, from, relation_text(rel.kind.value), to));
        legend_edge(g, std::string(dutch_name(rel.kind.value)), relation_text(rel.kind.value));
      }
  if (g.hidden) g.hidden_target = overview_submap_path(net, kind) + "#alle";
  organisation_legend(g);
  g.description = "De " + std::to_string(orgs.size()) + " meest verbonden organisaties van de soort " + k.name.value +
                  ", keten en tweede ring apart, met hun onderlinge relaties." +
                  (g.hidden ? " De lijst eronder noemt ze alle " + std::to_string(orgs.size() + g.hidden) + "." : "");
  return g;
}

}  // namespace nk
