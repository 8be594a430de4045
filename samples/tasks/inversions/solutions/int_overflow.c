/* Wrong on purpose: the count does not fit in 32 bits on the large test (and is slow). */
#include <stdio.h>
#include <stdlib.h>
static int *a, *tmp;
static int rec(int lo, int hi) {
  if (hi - lo < 2) return 0;
  int mid = (lo + hi) / 2, c = rec(lo, mid) + rec(mid, hi), i = lo, j = mid, k = lo;
  while (i < mid && j < hi) {
    if (a[i] <= a[j]) tmp[k++] = a[i++];
    else { c += mid - i; tmp[k++] = a[j++]; }
  }
  while (i < mid) tmp[k++] = a[i++];
  while (j < hi) tmp[k++] = a[j++];
  for (k = lo; k < hi; ++k) a[k] = tmp[k];
  return c;
}
int main(void) {
  int n;
  if (scanf("%d", &n) != 1) return 1;
  a = malloc(sizeof(int) * n);
  tmp = malloc(sizeof(int) * n);
  for (int i = 0; i < n; ++i) scanf("%d", &a[i]);
  printf("%d\n", rec(0, n));
  return 0;
}
