// E-mail addresses, URLs and profile links, photos.
#include <array>

#include "fairhire/anonymise/internal/detector_util.h"
#include "fairhire/anonymise/internal/detectors.h"
#include "fairhire/core/utf8.h"

namespace fairhire::anonymise::detectors {
namespace {

bool IsLocalChar(char c) {
  return IsAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' ||
         static_cast<unsigned char>(c) >= 0x80;
}
bool IsDomainChar(char c) { return IsAsciiAlnum(c) || c == '-' || c == '.'; }

// Length of a domain ("example.co.uk") starting at pos, or 0. The last label must be 2+ letters.
std::size_t DomainLength(std::string_view t, std::size_t pos) {
  std::size_t e = pos;
  while (e < t.size() && IsDomainChar(t[e])) ++e;
  while (e > pos && (t[e - 1] == '.' || t[e - 1] == '-')) --e;
  const std::string_view d = t.substr(pos, e - pos);
  const auto dot = d.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || d.size() - dot - 1 < 2) return 0;
  for (std::size_t i = dot + 1; i < d.size(); ++i) {
    if (!IsAsciiAlpha(d[i])) return 0;
  }
  return e - pos;
}

// "[at]", "(at)", " at " obfuscations: returns the length of the separator at pos, or 0.
std::size_t ObfuscatedAt(std::string_view t, std::size_t pos) {
  // Called at every space: only " [at] " and " (at) " start with one.
  if (t[pos] == ' ' && (pos + 1 >= t.size() || (t[pos + 1] != '[' && t[pos + 1] != '('))) return 0;
  for (std::string_view sep : {"[at]", "(at)", "{at}", " [at] ", " (at) ", "[@]", "(@)"}) {
    if (t.substr(pos, sep.size()) == sep) return sep.size();
  }
  return 0;
}

class EmailDetector : public Detector {
 public:
  std::string_view id() const override { return "email"; }
  void Detect(const DetectionContext& ctx, std::vector<Finding>* out) const override {
    const std::string_view t = ctx.view.text();
    for (std::size_t i = 0; i < t.size(); ++i) {
      std::size_t sep = t[i] == '@' ? 1 : (t[i] == '[' || t[i] == '(' || t[i] == '{' || t[i] == ' ') ? ObfuscatedAt(t, i) : 0;
      if (sep == 0) continue;
      std::size_t s = i;
      while (s > 0 && IsLocalChar(t[s - 1])) --s;
      while (s < i && (t[s] == '.' || t[s] == '-')) ++s;
      const std::size_t dlen = DomainLength(t, i + sep);
      if (s == i || dlen == 0) continue;
      Add(out, s, i + sep + dlen, Category::kEmail, sep == 1 ? "email.address" : "email.obfuscated",
          sep == 1 ? 0.99 : 0.9);
      i += sep + dlen - 1;
    }
  }
};

constexpr std::array<std::string_view, 26> kProfileHosts = {
    "linkedin.com", "github.com", "gitlab.com", "bitbucket.org", "indeed.com", "indeed.fr",
    "twitter.com", "x.com", "facebook.com", "instagram.com", "medium.com", "stackoverflow.com",
    "kaggle.com", "behance.net", "dribbble.com", "malt.fr", "viadeo.com", "xing.com",
    "codepen.io", "dev.to", "hackerrank.com", "leetcode.com", "youtube.com", "tiktok.com",
    "about.me", "wa.me"};

// TLDs that mark a bare word.word as a web site (".js", ".net" in "ASP.NET" are excluded below).
constexpr std::array<std::string_view, 36> kSiteTlds = {
    "fr", "com", "org", "io", "dev", "me", "eu", "uk", "co", "info", "tech", "app",
    "site", "online", "page", "blog", "xyz", "ai", "in", "ng", "be", "ch", "net", "biz",
    "pro", "name", "work", "studio", "design", "digital", "cloud", "space", "live", "portfolio",
    "codes", "website"};

constexpr std::array<std::string_view, 16> kNotSites = {
    "asp.net", "vb.net", "ado.net", "node.js", "vue.js", "next.js", "nuxt.js", "d3.js",
    "express.js", "three.js", "chart.js", "socket.io", "moment.js", "ember.js", "dot.net", "f.net"};

bool EndsUrl(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '"' || c == '<' || c == '>' || c == '\'' || c == '|'; }

std::size_t UrlEnd(std::string_view t, std::size_t pos) {
  std::size_t e = pos;
  int parens = 0;
  while (e < t.size() && !EndsUrl(t[e])) {
    if (t[e] == '(') ++parens;
    if (t[e] == ')' && --parens < 0) break;
    if (t[e] == ']') break;
    ++e;
  }
  while (e > pos && std::string_view(".,;:!?)*").find(t[e - 1]) != std::string_view::npos) --e;
  return e;
}

class UrlDetector : public Detector {
 public:
  std::string_view id() const override { return "url"; }
  void Detect(const DetectionContext& ctx, std::vector<Finding>* out) const override {
    const std::string_view t = ctx.view.text();
    const std::string& f = ctx.view.folded();
    std::size_t covered = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
      if (i < covered || (i > 0 && (IsAsciiAlnum(t[i - 1]) || t[i - 1] == '@' || t[i - 1] == '.' || t[i - 1] == '-'))) continue;
      const std::size_t end = UrlAt(t, i);
      if (end > i) {
        Add(out, i, end, Category::kUrl, "url.link", 0.97);
        covered = end;
      }
    }
    (void)f;
    DetectHandles(ctx, out);
    DetectAtHandles(ctx, out);
  }

 private:
  // End of a URL starting at i, or i.
  static std::size_t UrlAt(std::string_view t, std::size_t i) {
    const std::string head = core::AsciiLower(t.substr(i, 12));
    if (head.rfind("http://", 0) == 0 || head.rfind("https://", 0) == 0 || head.rfind("ftp://", 0) == 0) {
      return UrlEnd(t, i);
    }
    if (head.rfind("www.", 0) == 0 && DomainLength(t, i) > 0) return UrlEnd(t, i);
    const std::size_t dlen = DomainLength(t, i);
    if (dlen == 0) return i;
    const std::string domain = core::AsciiLower(t.substr(i, dlen));
    if (i + dlen < t.size() && t[i + dlen] == '@') return i;  // the local part of an e-mail
    for (std::string_view host : kProfileHosts) {
      if (domain == host || (domain.size() > host.size() && domain.ends_with(host) &&
                             domain[domain.size() - host.size() - 1] == '.')) {
        return UrlEnd(t, i);
      }
    }
    for (std::string_view not_site : kNotSites) {
      if (domain == not_site) return i;
    }
    const std::string_view tld = std::string_view(domain).substr(domain.rfind('.') + 1);
    const bool has_path = i + dlen < t.size() && t[i + dlen] == '/';
    bool site_tld = false;
    for (std::string_view s : kSiteTlds) site_tld = site_tld || tld == s;
    if (!site_tld && !(has_path && tld.size() >= 2)) return i;
    // "e.g" or "M.Sc" are not sites: the label before the TLD needs 2+ characters.
    const std::size_t dot = domain.rfind('.');
    const std::size_t prev_dot = domain.rfind('.', dot - 1);
    const std::size_t label_len = prev_dot == std::string::npos ? dot : dot - prev_dot - 1;
    if (label_len < 2) return i;
    return UrlEnd(t, i);
  }

  // "@raniv", "@pierre-wasnaire-dev": a social handle (an '@' that does not belong to an e-mail).
  static void DetectAtHandles(const DetectionContext& ctx, std::vector<Finding>* out) {
    const std::string_view t = ctx.view.text();
    for (std::size_t i = 0; i + 2 < t.size(); ++i) {
      if (t[i] != '@' || (i > 0 && !(t[i - 1] == ' ' || t[i - 1] == '(' || t[i - 1] == '\n' || t[i - 1] == '|' || t[i - 1] == ':'))) continue;
      std::size_t e = i + 1;
      while (e < t.size() && (IsAsciiAlnum(t[e]) || t[e] == '_' || t[e] == '-' || t[e] == '.')) ++e;
      while (e > i + 1 && (t[e - 1] == '.' || t[e - 1] == '-')) --e;
      if (e - i >= 3) Add(out, i, e, Category::kUrl, "url.at_handle", 0.9);
    }
  }

  // "GitHub: fbenali", "LinkedIn : /in/fatima-benali" — a handle after a profile label.
  static void DetectHandles(const DetectionContext& ctx, std::vector<Finding>* out) {
    const std::string_view t = ctx.view.text();
    static const LabelSet* labels = new LabelSet{
        "linkedin", "github", "gitlab", "twitter", "instagram", "facebook", "skype", "telegram", "indeed", "malt",
        "kaggle", "behance", "dribbble", "stack overflow", "stackoverflow", "x (twitter)", "discord", "whatsapp",
        "signal"};
    for (std::size_t line = 0; line < ctx.view.lines().size(); ++line) {
      std::size_t after = labels->Find(ctx.view, line);
      if (after == std::string::npos) continue;
      std::size_t e = after;
      while (e < t.size() && !EndsUrl(t[e]) && t[e] != ',' && t[e] != ';') ++e;
      std::size_t s = after;
      TrimSpan(t, &s, &e, ".,;:)");
      if (e > s && e - s >= 2) Add(out, s, e, Category::kUrl, "url.profile_handle", 0.9);
    }
  }
};

bool IsImageName(std::string_view word) {
  const std::string lower = core::AsciiLower(word);
  for (std::string_view ext : {".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".bmp", ".tif", ".tiff"}) {
    if (lower.size() > ext.size() && lower.ends_with(ext)) return true;
  }
  return false;
}

class PhotoDetector : public Detector {
 public:
  // "[Photo] [jointe]", "[Photo] voir pièce jointe", "[PHOTO]": a bracketed photo marker and what follows.
  static void BracketedPhoto(const DetectionContext& ctx, std::size_t line, std::vector<Finding>* out) {
    const std::string_view text = ctx.view.LineText(line);
    const std::size_t open = text.find('[');
    if (open == std::string_view::npos || core::TrimWhitespace(text.substr(0, open)).size() > 0) return;
    const std::size_t close = text.find(']', open);
    if (close == std::string_view::npos) return;
    const std::string inner = core::Fold(text.substr(open + 1, close - open - 1));
    if (inner != "photo" && inner != "picture" && inner != "photograph" && inner != "photo d'identite") return;
    const std::size_t base = ctx.view.lines()[line].start;
    std::size_t s = base + close + 1, e = base + text.size();
    TrimSpan(ctx.view.text(), &s, &e, "");
    if (e > s) Add(out, s, e, Category::kPhoto, "photo.bracketed", 0.9);
    else Add(out, base + open, base + close + 1, Category::kPhoto, "photo.bracketed", 0.9);
  }

  std::string_view id() const override { return "photo"; }
  void Detect(const DetectionContext& ctx, std::vector<Finding>* out) const override {
    const std::string_view t = ctx.view.text();
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
      if (t[i] == '!' && t[i + 1] == '[') {  // Markdown image ![alt](src)
        const std::size_t close = t.find("](", i + 2);
        const std::size_t nl = t.find('\n', i);
        if (close == std::string_view::npos || (nl != std::string_view::npos && close > nl)) continue;
        const std::size_t end = t.find(')', close + 2);
        if (end == std::string_view::npos || (nl != std::string_view::npos && end > nl)) continue;
        Add(out, i, end + 1, Category::kPhoto, "photo.markdown_image", 0.99);
        i = end;
      } else if (t[i] == '<' && core::AsciiLower(t.substr(i, 4)) == "<img") {
        const std::size_t end = t.find('>', i);
        if (end != std::string_view::npos) Add(out, i, end + 1, Category::kPhoto, "photo.html_image", 0.99);
      }
    }
    for (std::size_t line = 0; line < ctx.view.lines().size(); ++line) {
      BracketedPhoto(ctx, line, out);
      const std::size_t after = MatchLineLabel(ctx.view, line, {"photo", "photographie", "photograph", "photo d'identite", "picture", "portrait", "headshot"});
      if (after != std::string::npos) {
        const std::size_t end = ValueEnd(ctx.view, after);
        Add(out, after, end > after ? end : after, Category::kPhoto, "photo.label", 0.95);
      }
    }
    // Image file names ("moi.jpg") anywhere.
    const auto& words = ctx.view.words();
    for (std::size_t w = 0; w + 1 < words.size(); ++w) {
      if (words[w + 1].start != words[w].end + 1 || t[words[w].end] != '.') continue;
      std::size_t s = words[w].start;
      while (s > 0 && (IsAsciiAlnum(t[s - 1]) || t[s - 1] == '_' || t[s - 1] == '-' || t[s - 1] == '.')) --s;
      const std::size_t e = words[w + 1].end;
      if (IsImageName(t.substr(s, e - s))) Add(out, s, e, Category::kPhoto, "photo.file_name", 0.9);
    }
  }
};

}  // namespace

std::unique_ptr<Detector> MakeEmailDetector() { return std::make_unique<EmailDetector>(); }
std::unique_ptr<Detector> MakeUrlDetector() { return std::make_unique<UrlDetector>(); }
std::unique_ptr<Detector> MakePhotoDetector() { return std::make_unique<PhotoDetector>(); }

}  // namespace fairhire::anonymise::detectors
