// Hostile on purpose: touches 1 GB. The memory cgroup kills it: MLE.
#include <cstdio>
#include <cstdlib>
#include <cstring>
int main() {
  for (int i = 0; i < 1024; ++i) {
    char* p = static_cast<char*>(std::malloc(1 << 20));
    if (p == nullptr) return 1;
    std::memset(p, i, 1 << 20);
  }
  std::puts("0");
}
