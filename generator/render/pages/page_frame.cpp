#include "render/pages/page_frame.h"

#include "render/site_paths.h"
#include "values/dates.h"

namespace nk {

namespace {

struct NavItem {
  const char* section;
  const char* label;
  const char* path;
};

constexpr NavItem fixed_navigation[] = {
    {"organisaties", "Organisaties", "organisaties/index.html"},
    {"contactpersonen", "Contactpersonen", "contactpersonen/index.html"},
    {"specialismen", "Specialismen", "specialismen/index.html"},
    {"gemeenten", "Gemeenten", "gemeenten/index.html"},
    {"aanbod", "Aanbod", "aanbod/index.html"},
    {"overleggen", "Overleggen", "overleggen/index.html"},
    {"begrippen", "Begrippen", "begrippen/index.html"},
};

}  // namespace

PageRenderer::PageRenderer(const RenderContext& context)
    : context_(context), markdown_(context.network, context.sections) {
  const Network& net = context.network;
  veilig_thuis_ = mustache::data(false);
  if (net.site.veilig_thuis) {
    auto it = net.organisation_index.find(net.site.veilig_thuis->value);
    if (it != net.organisation_index.end()) {
      const Organisation& vt = net.organisations[it->second];
      mustache::data d;
      d.set("name", vt.name.value);
      d.set("phone", phone_data(vt.phone));
      d.set("email", email_data(vt.email));
      d.set("availability", text_or(vt.availability));
      veilig_thuis_ = std::move(d);
      veilig_thuis_path_ = entity_path(EntityKind::organisation, vt.id.value);
    }
  }
}

std::string PageRenderer::url(const std::string& page, const std::string& target) const {
  return relative_url(page, target);
}

std::string PageRenderer::html(const MaybeMarkdown& field, const std::string& page, int heading_level) const {
  return field ? markdown_.to_html(field->value, page, heading_level) : std::string();
}

void PageRenderer::emit(PageSpec spec, OutputSink& sink) const {
  if (!context_.wants(spec.path)) return;
  const Network& net = context_.network;
  const std::string& page = spec.path;
  auto relative_url = [&](const std::string& from, const std::string& target) {
    return spec.link_root.empty() ? nk::relative_url(from, target) : spec.link_root + target;
  };
  mustache::data layout;
  layout.set("site_title", net.site.title.value);
  layout.set("region", net.site.region.value);
  layout.set("title", spec.title);
  layout.set("description", spec.description);
  layout.set("noindex", context_.settings.profile == Profile::professionals);
  layout.set("stylesheet", relative_url(page, "assets/netwerkkaart.css"));
  layout.set("script", relative_url(page, "assets/netwerkkaart.js"));
  layout.set("home_url", relative_url(page, "index.html"));
  layout.set("is_home", page == "index.html");
  if (context_.sections.search) {  // a search box in the header, except on the search page itself
    mustache::data search;
    search.set("url", relative_url(page, "zoeken/index.html"));
    search.set("script", relative_url(page, "assets/zoeken.js"));
    search.set("box", page != "zoeken/index.html");
    layout.set("search", search);
  } else {
    layout.set("search", false);
  }

  mustache::list nav;
  auto add_nav = [&](const std::string& section, const std::string& label, const std::string& path) {
    mustache::data item;
    item.set("label", label);
    item.set("url", relative_url(page, path));
    item.set("current", section == spec.nav_section);
    nav.push_back(item);
  };
  for (const auto& item : fixed_navigation) add_nav(item.section, item.label, item.path);
  if (context_.sections.trainings) add_nav("trainingen", "Trainingen", "trainingen/index.html");
  if (context_.sections.agenda) add_nav("agenda", "Agenda", "agenda/index.html");
  if (context_.sections.map) add_nav("kaart", "Netwerkkaart", "kaart/index.html");
  // Content pages with a menu position follow the fixed sections, in menu order.
  std::vector<const ContentPage*> menu;
  for (const auto& p : net.pages)
    if (p.menu) menu.push_back(&p);
  std::stable_sort(menu.begin(), menu.end(),
                   [](const ContentPage* a, const ContentPage* b) { return a->menu->value < b->menu->value; });
  for (const ContentPage* p : menu) add_nav(p->slug.value, p->title.value, p->slug.value + "/index.html");
  layout.set("nav", nav);

  mustache::list crumbs;
  for (std::size_t i = 0; i < spec.crumbs.size(); ++i) {
    mustache::data c;
    c.set("label", spec.crumbs[i].label);
    c.set("url", spec.crumbs[i].path.empty() ? std::string() : relative_url(page, spec.crumbs[i].path));
    c.set("has_url", !spec.crumbs[i].path.empty());
    crumbs.push_back(c);
  }
  layout.set("has_crumbs", !spec.crumbs.empty());
  layout.set("crumbs", crumbs);

  if (veilig_thuis_.is_object()) {
    mustache::data vt = veilig_thuis_;
    vt.set("url", relative_url(page, veilig_thuis_path_));
    layout.set("veilig_thuis", vt);
  } else {
    layout.set("veilig_thuis", false);
  }
  layout.set("updated", format_dutch_date(context_.settings.today));
  layout.set("monitor_url", context_.sections.monitor ? relative_url(page, "monitor/index.html") : std::string());
  layout.set("profile_open", context_.settings.profile == Profile::open);
  if (net.site.maintainer_name) layout.set("maintainer", net.site.maintainer_name->value);
  layout.set("maintainer_email", email_data(net.site.maintainer_email));
  layout.set("structured_data_html", spec.structured_data.empty() ? std::string() : json_ld(spec.structured_data));

  spec.body.set("title", spec.title);
  layout.set("content_html", context_.theme.render(spec.body_template, spec.body));
  sink.add(page, context_.theme.render("layout", layout));
}

std::string embedded_html(const PageRenderer& r, const std::string& page) {
  return r.context().embeds ? r.context().embeds->html(page) : std::string();
}

mustache::data phone_data(const Maybe<PhoneNumber>& phone) {
  if (!phone) return mustache::data(false);
  mustache::data d;
  d.set("display", phone->value.display);
  d.set("tel", "tel:" + phone->value.tel);
  return d;
}

mustache::data email_data(const MaybeText& email) {
  if (!email) return mustache::data(false);
  mustache::data d;
  d.set("address", email->value);
  d.set("mailto", "mailto:" + email->value);
  return d;
}

mustache::data link_data(const std::string& label, const std::string& url) {
  mustache::data d;
  d.set("label", label);
  d.set("url", url);
  return d;
}

std::string text_or(const MaybeText& text, const std::string& fallback) {
  return text ? text->value : fallback;
}

std::string area_text(const Network& net, const ServiceArea& area) {
  if (area.whole_region) return "de hele regio " + net.site.region.value;
  std::string out;
  for (std::size_t i = 0; i < area.municipalities.size(); ++i) {
    auto it = net.municipality_index.find(area.municipalities[i].value);
    std::string name = it == net.municipality_index.end() ? area.municipalities[i].value
                                                          : net.municipalities[it->second].name.value;
    if (i) out += i + 1 == area.municipalities.size() ? " en " : ", ";
    out += name;
  }
  return out;
}

std::string format_dutch_date(const Date& date) {
  static const char* months[] = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
                                 "augustus", "september", "oktober", "november", "december"};
  if (date.month < 1 || date.month > 12) return format_date(date);
  return std::to_string(date.day) + " " + months[date.month - 1] + " " + std::to_string(date.year);
}

std::string json_ld(const std::string& json) {
  std::string out;
  out.reserve(json.size());
  for (char c : json) {
    if (c == '<') out += "\\u003c";
    else if (c == '>') out += "\\u003e";
    else if (c == '&') out += "\\u0026";
    else out.push_back(c);
  }
  return out;
}

}  // namespace nk
