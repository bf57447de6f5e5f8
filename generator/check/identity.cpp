// Ids are unique: within each kind, aanbod across the whole data set, contacts within
// their organisation, steps within their route; derived ids must not collide.
#include <string>
#include <unordered_map>

#include "check/reporter.h"
#include "text/slug.h"

namespace nk {

namespace {

constexpr std::string_view reserved_slugs[] = {
    "organisaties", "contactpersonen", "specialismen", "gemeenten", "aanbod", "overleggen",
    "trainingen", "agenda", "routes", "kaart", "zoeken", "monitor", "begrippen", "data",
    "assets", "index", "404", "sitemap", "robots"};

std::string where(const Network& net, const SourcePosition& at, const SourcePosition& here) {
  if (at.file == here.file) return "regel " + std::to_string(at.line);
  return net.file_of(at) + ":" + std::to_string(at.line);
}

// Reports the second and later uses of an id. `derived` tells whether an id came from a
// name, in which case the fix is an explicit id rather than a rename.
class UniqueIds {
 public:
  UniqueIds(Reporter& reporter, std::string what) : reporter_(reporter), what_(std::move(what)) {}

  void add(const Text& id, bool derived, std::string_view name = {}) {
    if (id.value.empty()) return;
    auto [it, inserted] = seen_.emplace(id.value, Seen{id.at, derived});
    if (inserted) return;
    const Network& net = reporter_.network();
    if (derived && it->second.derived) {
      reporter_.report(Code::derived_id_collision, id.at,
                       what_ + " '" + std::string(name) + "' krijgt dezelfde id '" + id.value + "' als die op " +
                           where(net, it->second.at, id.at),
                       "geef een van beide een eigen 'id'");
    } else {
      reporter_.report(Code::duplicate_id, id.at,
                       what_ + "-id '" + id.value + "' bestaat al (" + where(net, it->second.at, id.at) + ")",
                       derived ? "geef deze " + what_ + " een eigen 'id'" : "kies een andere id");
    }
  }

 private:
  struct Seen {
    SourcePosition at;
    bool derived;
  };
  Reporter& reporter_;
  std::string what_;
  std::unordered_map<std::string, Seen> seen_;
};

}  // namespace

void check_identity(Reporter& reporter) {
  const Network& net = reporter.network();
  {
    UniqueIds ids(reporter, "gemeente");
    for (const auto& m : net.municipalities) ids.add(m.id, false);
  }
  {
    UniqueIds ids(reporter, "soort");
    for (const auto& k : net.organisation_kinds) ids.add(k.id, false);
  }
  {
    UniqueIds ids(reporter, "specialisme");
    for (const auto& s : net.specialisms) ids.add(s.id, false);
  }
  {
    UniqueIds ids(reporter, "begrip");
    for (const auto& t : net.terms) ids.add(t.id, !t.id_explicit, t.term.value);
  }
  UniqueIds services(reporter, "aanbod");
  for (const auto& org : net.organisations) {
    UniqueIds contacts(reporter, "contactpersoon");
    for (const auto& c : org.contacts) contacts.add(c.id, !c.id_explicit, c.name.value);
    for (const auto& s : org.services) services.add(s.id, false);
  }
  for (const auto& route : net.routes) {
    UniqueIds steps(reporter, "stap");
    for (const auto& step : route.steps) steps.add(step.id, !step.id_explicit, step.title.value);
  }
  for (const auto& page : net.pages) {
    if (!is_valid_id(page.slug.value)) {
      std::string slug = slugify(page.slug.value);
      reporter.report(Code::invalid_id, page.slug.at,
                      "de bestandsnaam '" + page.slug.value + ".md' is geen geldige id",
                      slug.empty() ? "gebruik kleine letters, cijfers en streepjes" : "hernoem naar '" + slug + ".md'");
      continue;
    }
    for (auto reserved : reserved_slugs) {
      if (page.slug.value == reserved) {
        reporter.report(Code::reserved_page_slug, page.slug.at,
                        "'" + page.slug.value + "' is de naam van een vaste sectie van de portal",
                        "hernoem de pagina, bijvoorbeeld naar 'over-" + page.slug.value + ".md'");
      }
    }
  }
}

}  // namespace nk
