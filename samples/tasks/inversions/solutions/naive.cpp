// Too slow on purpose: O(N^2).
#include <cstdio>
#include <vector>
int main() {
  int n;
  if (std::scanf("%d", &n) != 1) return 1;
  std::vector<int> a(n);
  for (auto& x : a) std::scanf("%d", &x);
  long long inv = 0;
  for (int i = 0; i < n; ++i)
    for (int j = i + 1; j < n; ++j) inv += a[i] > a[j];
  std::printf("%lld\n", inv);
}
