/* Hostile on purpose: a fork bomb. The sandbox's process limit (1 for C) makes fork fail. */
#include <stdlib.h>
#include <unistd.h>
int main(void) {
  for (int i = 0; i < 100000; ++i) {
    if (fork() < 0) return 42;
  }
  return 0;
}
