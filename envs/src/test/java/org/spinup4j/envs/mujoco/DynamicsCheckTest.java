package org.spinup4j.envs.mujoco;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Our models move as Gymnasium's do under MuJoCo 2.2.2: from qpos0 at rest, the positions after
 * (A) 100 steps of zero control and (B) 20 steps of ctrl[i] = 0.5 sin(0.1 k + i) at step k, to the
 * digits published in shared/reference/mujoco-locomotion.md, section 6.
 */
class DynamicsCheckTest {

  @BeforeEach
  void library() {
    MujocoTests.requireLibrary();
  }

  @Test
  void halfCheetah() {
    check(HalfCheetah::new, 100, false, 1e-6, -0.012320, -0.132439, 0.052122, 0.034191, 0.067853,
        -0.013919, -0.058920, -0.139967, -0.131018);
    check(HalfCheetah::new, 20, true, 1e-5, -0.03446, -0.25144, 0.07717, 0.34034, 0.17560,
        -0.12052, -0.48102, -0.29365, -0.03860);
  }

  @Test
  void hopper() {
    check(Hopper::new, 100, false, 1e-6, -0.019306, 1.205251, -0.067844, -0.017471, -0.084627,
        0.038648);
    check(Hopper::new, 20, true, 1e-5, 0.04701, 1.23081, 0.05162, 0.00171, 0.00091, 0.28096);
  }

  @Test
  void walker2d() {
    check(Walker2d::new, 100, false, 1e-6, -0.028221, 1.200452, -0.239638, -0.167895, -0.175141,
        0.103246, -0.261102, 0.000162, 0.037296);
    check(Walker2d::new, 20, true, 1e-5, -0.13767, 1.16523, -0.59411, -0.48124, 0.00366, 0.27541,
        -0.12141, -0.92151, 0.32857);
  }

  @Test
  void ant() {
    double a = 0.892539;
    check(Ant::new, 100, false, 1e-6, 0, 0, 0.530169, 1, 0, 0, 0, 0, a, 0, -a, 0, -a, 0, a);
    check(Ant::new, 20, true, 1e-5, -0.23924, -0.06218, 0.44673, 0.97606, -0.02613, -0.11665,
        -0.18171, -0.56754, 0.52213, -0.52429, -0.48823, 0.52511, -0.52277, 0.52502, 1.22227);
  }

  @Test
  void swimmer() {
    check(Swimmer::new, 100, false, 1e-6, 0, 0, 0, 0, 0);
    check(Swimmer::new, 20, true, 1e-5, -0.00502, 0.45966, -0.66252, 0.42550, 1.38499);
  }

  private static void check(Supplier<LocomotionEnv> make, int steps, boolean sine, double tol,
      double... expected) {
    try (LocomotionEnv env = make.get()) {
      MjModel m = env.model();
      env.setState(m.qpos0(), new double[m.nv]);
      float[] action = new float[m.nu];
      for (int k = 0; k < steps; k++) {
        for (int i = 0; i < m.nu; i++) {
          action[i] = sine ? (float) (0.5 * Math.sin(0.1 * k + i)) : 0f;
        }
        env.step(action);
      }
      double[] qpos = env.qpos();
      for (int i = 0; i < expected.length; i++) {
        assertEquals(expected[i], qpos[i], tol, env.id() + (sine ? " B" : " A") + " qpos[" + i + "]");
      }
    }
  }
}
