// organisaties/<org>/<contact>.vcf: one vCard 4.0 (RFC 6350) per contact the profile
// publishes. CRLF line ends, lines folded at 75 octets, TEXT values escaped, so that no
// value (a name with a line break and "END:VCARD" in it) can end or add a property.
#include "render/exports/vcard.h"

#include "render/exports/export_support.h"
#include "render/exports/exports.h"
#include "render/site_paths.h"

namespace nk {

std::string vcard_escape(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (std::size_t i = 0; i < value.size(); ++i) {
    auto c = static_cast<unsigned char>(value[i]);
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ',': out += "\\,"; break;
      case ';': out += "\\;"; break;
      case '\r':
        out += "\\n";
        if (i + 1 < value.size() && value[i + 1] == '\n') ++i;
        break;
      case '\n': out += "\\n"; break;
      default:
        if ((c < 0x20 && c != '\t') || c == 0x7F) break;  // no control character survives
        out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

std::string vcard_fold(std::string_view line) {
  std::string out;
  out.reserve(line.size() + line.size() / 70 * 3 + 2);
  std::size_t pos = 0;
  std::size_t limit = 75;  // octets; a continuation line's leading space counts
  while (line.size() - pos > limit) {
    std::size_t cut = pos + limit;
    // Never between the bytes of one character: back up to the start of a sequence.
    while (cut > pos && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    if (cut == pos) cut = pos + limit;  // not UTF-8 at all: cut anyway
    out.append(line.substr(pos, cut - pos));
    out += "\r\n ";
    pos = cut;
    limit = 74;
  }
  out.append(line.substr(pos));
  out += "\r\n";
  return out;
}

namespace {

std::string specialism_name(const Network& net, const std::string& id) {
  auto it = net.specialism_index.find(id);
  return it == net.specialism_index.end() ? id : net.specialisms[it->second].name.value;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += separator;
    out += p;
  }
  return out;
}

}  // namespace

std::string vcard_for_contact(const Network& net, const Organisation& org, const Contact& contact) {
  std::string card;
  auto line = [&](std::string_view text) { card += vcard_fold(text); };
  line("BEGIN:VCARD");
  line("VERSION:4.0");
  line("PRODID:-//netwerkkaart//NL");
  line("KIND:individual");
  line("UID:urn:uuid:" + record_uuid("contactpersoon", org.id.value + "/" + contact.id.value));
  line("FN:" + vcard_escape(contact.name.value));
  // N is structured (family;given;additional;prefixes;suffixes). Names are written whole
  // in the data; the first word is taken as the given name, the rest (with any
  // tussenvoegsel, "van der Berg") as the family name.
  const std::string& name = contact.name.value;
  auto space = name.find(' ');
  std::string given = space == std::string::npos ? std::string() : name.substr(0, space);
  std::string family = space == std::string::npos ? name : name.substr(space + 1);
  line("N:" + vcard_escape(family) + ";" + vcard_escape(given) + ";;;");
  line("ORG:" + vcard_escape(org.name.value));
  if (contact.function) line("TITLE:" + vcard_escape(contact.function->value));
  if (contact.email) line("EMAIL;TYPE=work:" + vcard_escape(contact.email->value));
  if (contact.phone) {
    const PhoneNumber& p = contact.phone->value;
    bool mobile = p.display.rfind("06", 0) == 0;
    // RFC 3966: a number without country code (112, 14 043) needs its phone-context.
    std::string uri = "tel:" + p.tel + (p.tel.rfind('+', 0) == 0 ? "" : ";phone-context=+31");
    line(std::string("TEL;VALUE=uri;TYPE=work,") + (mobile ? "cell" : "voice") + ":" + uri);
  }
  std::vector<std::string> note;
  std::vector<std::string> roles;
  for (const auto& r : contact.roles) roles.emplace_back(dutch_name(r.value));
  if (!roles.empty()) note.push_back("Rollen: " + join(roles, ", "));
  std::vector<std::string> specialisms;
  for (const auto& s : contact.specialisms) specialisms.push_back(specialism_name(net, s.value));
  if (!specialisms.empty()) note.push_back("Specialismen: " + join(specialisms, ", "));
  if (contact.availability) note.push_back("Bereikbaarheid: " + contact.availability->value);
  if (!note.empty()) line("NOTE:" + vcard_escape(join(note, "\n")));
  if (net.site.base_url) {
    std::string base = net.site.base_url->value;
    if (!base.empty() && base.back() != '/') base += '/';
    line("URL:" + base + entity_path(EntityKind::organisation, org.id.value));
  }
  line("END:VCARD");
  return card;
}

void render_vcards(const RenderContext& context, OutputSink& sink) {
  const Network& net = context.network;
  parallel_for(net.organisations.size(), context.settings.threads, [&](std::size_t i) {
    const Organisation& org = net.organisations[i];
    for (const auto& contact : org.contacts)
      sink.add("organisaties/" + org.id.value + "/" + contact.id.value + ".vcf", vcard_for_contact(net, org, contact));
  });
}

}  // namespace nk
