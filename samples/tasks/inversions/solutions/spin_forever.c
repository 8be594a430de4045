/* Hostile on purpose: ignores SIGXCPU and SIGTERM and spins. The supervisor uses SIGKILL. */
#include <signal.h>
int main(void) {
  signal(SIGXCPU, SIG_IGN);
  signal(SIGTERM, SIG_IGN);
  for (volatile unsigned long i = 0;; ++i) {
  }
}
