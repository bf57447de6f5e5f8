#pragma once
#include <optional>
#include <string>

namespace nk {

// A site is written into a fresh hidden folder beside `out_dir` and swapped in with two
// renames, so a reader never sees a half-written site and a failed build leaves the
// previous one as it was. The staging folder is removed unless the site was committed.
class SiteWriter {
 public:
  explicit SiteWriter(const std::string& out_dir);
  ~SiteWriter();
  SiteWriter(const SiteWriter&) = delete;
  SiteWriter& operator=(const SiteWriter&) = delete;

  const std::string& staging() const { return staging_; }
  // The site being replaced, if `out_dir` is a folder already; else empty.
  std::string current() const;
  // Puts the staged site in place of the old one. Returns an error message, or nothing.
  std::optional<std::string> commit();

 private:
  std::string out_, staging_, previous_;
  bool committed_ = false;
};

}  // namespace nk
