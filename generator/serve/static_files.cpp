#include "serve/static_files.h"

#include <filesystem>

namespace nk {

namespace fs = std::filesystem;

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Percent-decodes a URL path; nothing for a broken escape or a NUL.
std::optional<std::string> decode_path(std::string_view in) {
  std::string out;
  for (std::size_t i = 0; i < in.size(); ++i) {
    char c = in[i];
    if (c == '%') {
      if (i + 2 >= in.size()) return std::nullopt;
      int hi = hex_value(in[i + 1]), lo = hex_value(in[i + 2]);
      if (hi < 0 || lo < 0) return std::nullopt;
      c = static_cast<char>(hi * 16 + lo);
      i += 2;
    }
    if (c == '\0') return std::nullopt;
    out.push_back(c);
  }
  return out;
}

bool inside(const fs::path& root, const fs::path& file) {
  auto r = root.begin(), f = file.begin();
  for (; r != root.end(); ++r, ++f)
    if (f == file.end() || *r != *f) return false;
  return true;
}

}  // namespace

std::string content_type_for(std::string_view path) {
  auto ends = [&](std::string_view ext) { return path.ends_with(ext); };
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".js") || ends(".mjs")) return "text/javascript; charset=utf-8";
  if (ends(".json")) return "application/json";
  if (ends(".svg")) return "image/svg+xml";
  if (ends(".ics")) return "text/calendar; charset=utf-8";
  if (ends(".vcf")) return "text/vcard; charset=utf-8";
  if (ends(".xml")) return "application/xml";
  if (ends(".txt")) return "text/plain; charset=utf-8";
  if (ends(".csv")) return "text/csv; charset=utf-8";
  if (ends(".png")) return "image/png";
  if (ends(".woff2")) return "font/woff2";
  return "application/octet-stream";
}

std::optional<StaticFile> resolve_static_file(const std::string& root, std::string_view url_path) {
  auto query = url_path.find_first_of("?#");
  if (query != std::string_view::npos) url_path = url_path.substr(0, query);
  auto decoded = decode_path(url_path);
  if (!decoded || decoded->empty() || decoded->front() != '/') return std::nullopt;
  fs::path relative;
  for (std::size_t start = 1; start <= decoded->size();) {
    std::size_t end = decoded->find('/', start);
    if (end == std::string::npos) end = decoded->size();
    std::string part = decoded->substr(start, end - start);
    if (part == "..") return std::nullopt;
    if (!part.empty() && part != ".") relative /= part;
    start = end + 1;
  }
  std::error_code ec;
  const fs::path base = fs::canonical(root, ec);
  if (ec) return std::nullopt;
  fs::path file = base / relative;
  if (fs::is_directory(file, ec)) file /= "index.html";
  // Resolves symlinks too, so a link inside the site that points out of it is refused.
  fs::path real = fs::canonical(file, ec);
  if (ec || !inside(base, real) || !fs::is_regular_file(real, ec)) return std::nullopt;
  return StaticFile{real.string(), content_type_for(real.string())};
}

std::string inject_script(std::string html, std::string_view script_url) {
  std::string tag = "<script src=\"" + std::string(script_url) + "\" defer></script>";
  auto body = html.rfind("</body>");
  if (body == std::string::npos) return html + tag;
  html.insert(body, tag);
  return html;
}

}  // namespace nk
