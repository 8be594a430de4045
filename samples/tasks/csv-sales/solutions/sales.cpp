// Reference in C++: a small RFC 4180 field splitter, then aggregation.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <vector>

static std::vector<std::string> Fields(const std::string& line) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') out.back() += '"', ++i;
    else if (c == '"') quoted = !quoted;
    else if (c == ',' && !quoted) out.emplace_back();
    else out.back() += c;
  }
  return out;
}

int main() {
  std::ifstream in("sales.csv");
  std::string line;
  std::getline(in, line);  // header
  std::map<std::string, std::pair<long long, double>> totals;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto f = Fields(line);
    long long q = std::stoll(f[3]);
    auto& t = totals[f[1]];
    t.first += q;
    t.second += q * std::stod(f[4]);
  }
  std::vector<std::pair<std::string, std::pair<long long, double>>> rows(totals.begin(), totals.end());
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return a.second.second != b.second.second ? a.second.second > b.second.second : a.first < b.first;
  });
  for (const auto& [region, t] : rows) std::printf("%s;%lld;%.2f\n", region.c_str(), t.first, t.second);
}
