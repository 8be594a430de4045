// Reference: coordinate compression + Fenwick tree, O(N log N).
#include <algorithm>
#include <cstdio>
#include <vector>
int main() {
  int n;
  if (std::scanf("%d", &n) != 1) return 1;
  std::vector<long long> a(n);
  for (auto& x : a) std::scanf("%lld", &x);
  std::vector<long long> s(a);
  std::sort(s.begin(), s.end());
  s.erase(std::unique(s.begin(), s.end()), s.end());
  std::vector<int> bit(s.size() + 1, 0);
  long long inv = 0;
  for (int i = n - 1; i >= 0; --i) {
    int r = int(std::lower_bound(s.begin(), s.end(), a[i]) - s.begin());  // count smaller to the right
    for (int k = r; k > 0; k -= k & -k) inv += bit[k];
    for (int k = r + 1; k <= int(s.size()); k += k & -k) bit[k]++;
  }
  std::printf("%lld\n", inv);
}
