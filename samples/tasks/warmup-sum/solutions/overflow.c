/* Wrong on purpose: a 32-bit accumulator overflows on big values. */
#include <stdio.h>
int main(void) {
  int n, x, s = 0;
  if (scanf("%d", &n) != 1) return 1;
  for (int i = 0; i < n && scanf("%d", &x) == 1; ++i) s += x;
  printf("%d\n", s);
  return 0;
}
