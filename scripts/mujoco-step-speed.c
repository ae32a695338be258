/* The floor under any binding's speed: environment steps per second of a MuJoCo model stepped
 * from C, with uniformly random controls in [-1, 1] held for frame_skip physics steps and a reset
 * every 1000 environment steps (HalfCheetah's and Swimmer's episodes; the others terminate
 * earlier in the real tasks). Compare with `./run.sh random_policy` in the same sitting.
 *   gcc -O2 -o /tmp/mujoco-step-speed scripts/mujoco-step-speed.c -lmujoco
 *   /tmp/mujoco-step-speed envs/src/main/resources/org/spinup4j/envs/mujoco/half_cheetah.xml 5
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <mujoco/mujoco.h>

static double seconds(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
}

int main(int argc, char** argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: %s MODEL.xml FRAME_SKIP [STEPS]\n", argv[0]);
    return 2;
  }
  char error[1000];
  mjModel* m = mj_loadXML(argv[1], NULL, error, sizeof(error));
  if (!m) {
    fprintf(stderr, "%s\n", error);
    return 1;
  }
  int skip = atoi(argv[2]);
  long steps = argc > 3 ? atol(argv[3]) : 100000;
  mjData* d = mj_makeData(m);
  srand(0);
  double t0 = 0;
  for (long k = -steps / 10; k < steps; k++) { /* the first tenth warms up, untimed */
    if (k == 0) {
      t0 = seconds();
    }
    for (int i = 0; i < m->nu; i++) {
      d->ctrl[i] = 2.0 * rand() / RAND_MAX - 1;
    }
    for (int s = 0; s < skip; s++) {
      mj_step(m, d);
    }
    if ((k + steps) % 1000 == 999) {
      mj_resetData(m, d);
      mj_forward(m, d);
    }
  }
  double t = seconds() - t0;
  printf("%s: %.0f env steps/s (%.2f us per mj_step)\n", argv[1], steps / t, t / steps / skip * 1e6);
  mj_deleteData(d);
  mj_deleteModel(m);
  return 0;
}
