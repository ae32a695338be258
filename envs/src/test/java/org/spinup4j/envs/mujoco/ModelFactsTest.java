package org.spinup4j.envs.mujoco;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Our MJCF files, compiled, against the published facts of Gymnasium's v4 models (sizes, time
 * step, integrator, frame skip, gears, joint ranges, masses): the figures of
 * shared/reference/mujoco-locomotion.md, sections 2 and 5.
 */
class ModelFactsTest {
  private static final int EULER = 0;
  private static final int RK4 = 1;
  private static final double DEG = Math.PI / 180;

  @BeforeEach
  void library() {
    MujocoTests.requireLibrary();
  }

  @Test
  void halfCheetah() {
    try (HalfCheetah env = new HalfCheetah()) {
      assertSizes(env, 9, 9, 6, 9, 8, 17);
      assertPhysics(env, 0.01, EULER, 5);
      assertArrayEquals(new double[] {120, 90, 60, 120, 60, 30}, gears(env.model()), 1e-12);
      assertArrayEquals(new double[] {-0.52, 1.05, -0.785, 0.785, -0.4, 0.785, -1, 0.7, -1.2, 0.87,
          -0.5, 0.5}, hingeRanges(env.model(), 3), 1e-9);
      assertArrayEquals(new double[] {0, 6.25021, 1.54351, 1.58745, 1.09540, 1.43808, 1.20084,
          0.88452}, env.model().bodyMass(), 5e-6);
      assertEquals(14.0, env.model().totalMass(), 1e-9);
      assertArrayEquals(new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0}, env.model().qpos0(), 0);
    }
  }

  @Test
  void hopper() {
    try (Hopper env = new Hopper()) {
      assertSizes(env, 6, 6, 3, 6, 5, 11);
      assertPhysics(env, 0.002, RK4, 4);
      assertArrayEquals(new double[] {200, 200, 200}, gears(env.model()), 1e-12);
      assertArrayEquals(new double[] {-150 * DEG, 0, -150 * DEG, 0, -45 * DEG, 45 * DEG},
          hingeRanges(env.model(), 3), 1e-9);
      assertArrayEquals(new double[] {0, 3.66519, 4.05789, 2.78136, 5.31557},
          env.model().bodyMass(), 5e-6);
      assertArrayEquals(new double[] {0, 1.25, 0, 0, 0, 0}, env.model().qpos0(), 1e-12);
    }
  }

  @Test
  void walker2d() {
    try (Walker2d env = new Walker2d()) {
      assertSizes(env, 9, 9, 6, 9, 8, 17);
      assertPhysics(env, 0.002, RK4, 4);
      assertArrayEquals(new double[] {100, 100, 100, 100, 100, 100}, gears(env.model()), 1e-12);
      double[] leg = {-150 * DEG, 0, -150 * DEG, 0, -45 * DEG, 45 * DEG};
      double[] legs = new double[12];
      System.arraycopy(leg, 0, legs, 0, 6);
      System.arraycopy(leg, 0, legs, 6, 6);
      assertArrayEquals(legs, hingeRanges(env.model(), 3), 1e-9);
      assertArrayEquals(new double[] {0, 3.66519, 4.05789, 2.78136, 3.16673, 4.05789, 2.78136,
          3.16673}, env.model().bodyMass(), 5e-6);
      assertEquals(23.6771, env.model().totalMass(), 5e-5);
      assertArrayEquals(new double[] {0, 1.25, 0, 0, 0, 0, 0, 0, 0}, env.model().qpos0(), 1e-12);
      // The right foot has friction 0.9 and the left 1.9 in v4's file.
      MjModel m = env.model();
      assertEquals(0.9, m.geomFriction()[3 * m.id(MjModel.ObjType.GEOM, "foot")], 1e-12);
      assertEquals(1.9, m.geomFriction()[3 * m.id(MjModel.ObjType.GEOM, "foot_left")], 1e-12);
    }
  }

  @Test
  void ant() {
    try (Ant env = new Ant()) {
      assertSizes(env, 15, 14, 8, 9, 14, 27);
      assertPhysics(env, 0.01, RK4, 5);
      assertArrayEquals(new double[] {150, 150, 150, 150, 150, 150, 150, 150}, gears(env.model()),
          1e-12);
      MjModel m = env.model();
      // Motors in the action order hip_4, ankle_4, hip_1, ankle_1, ..., each on its joint.
      String[] order = {"hip_4", "ankle_4", "hip_1", "ankle_1", "hip_2", "ankle_2", "hip_3",
          "ankle_3"};
      for (int a = 0; a < order.length; a++) {
        assertEquals(m.id(MjModel.ObjType.JOINT, order[a]), m.actuatorTarget()[2 * a], order[a]);
      }
      double[] range = m.jointRange();
      assertRange(m, range, "hip_1", -30, 30);
      assertRange(m, range, "ankle_1", 30, 70);
      assertRange(m, range, "ankle_2", -70, -30);
      assertRange(m, range, "ankle_3", -70, -30);
      assertRange(m, range, "ankle_4", 30, 70);
      double[] mass = m.bodyMass();
      assertEquals(0.327249, mass[1], 5e-7);
      for (int b = 2; b < 14; b++) {
        assertEquals((b - 2) % 3 == 2 ? 0.0675922 : 0.0391578, mass[b], 5e-8, "body " + b);
      }
      assertEquals(0.91088, m.totalMass(), 5e-6);
      assertArrayEquals(new double[] {0, 0, 0.75, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, m.qpos0(),
          1e-12);
    }
  }

  @Test
  void swimmer() {
    try (Swimmer env = new Swimmer()) {
      assertSizes(env, 5, 5, 2, 5, 4, 8);
      assertPhysics(env, 0.01, RK4, 4);
      assertArrayEquals(new double[] {150, 150}, gears(env.model()), 1e-12);
      assertArrayEquals(new double[] {-100 * DEG, 100 * DEG, -100 * DEG, 100 * DEG},
          hingeRanges(env.model(), 3), 1e-9);
      double[] mass = env.model().bodyMass();
      for (int b = 1; b < 4; b++) {
        assertEquals(35.6047, mass[b], 5e-5);
      }
      // No contacts at all.
      for (int g = 0; g < env.model().ngeom; g++) {
        assertEquals(0, env.model().geomContype()[g] & env.model().geomConaffinity()[g]);
      }
    }
  }

  private static void assertSizes(
      LocomotionEnv env, int nq, int nv, int nu, int njnt, int nbody, int obs) {
    MjModel m = env.model();
    assertArrayEquals(new int[] {nq, nv, nu, njnt, nbody}, new int[] {m.nq, m.nv, m.nu, m.njnt,
        m.nbody}, "nq nv nu njnt nbody");
    assertEquals(obs, env.observationSpace().flatDim(), "observation size");
    assertEquals(nu, env.actionSpace().flatDim(), "action size");
    for (int i = 0; i < nu; i++) {
      assertEquals(-1f, env.actionSpace().low(i));
      assertEquals(1f, env.actionSpace().high(i));
      assertEquals(true, m.actuatorCtrlLimited()[i]);
    }
  }

  private static void assertPhysics(LocomotionEnv env, double timestep, int integrator, int skip) {
    assertEquals(timestep, env.model().timestep(), 0);
    assertEquals(integrator, env.model().integrator());
    assertEquals(skip, env.frameSkip());
    assertEquals(timestep * skip, env.dt(), 1e-15);
    assertEquals((int) Math.round(1 / (timestep * skip)), env.renderFps());
  }

  private static double[] gears(MjModel m) {
    double[] gear = m.actuatorGear();
    double[] first = new double[m.nu];
    for (int i = 0; i < m.nu; i++) {
      first[i] = gear[6 * i];
    }
    return first;
  }

  /** The ranges of the joints from {@code first} on (the hinges after the root joints). */
  private static double[] hingeRanges(MjModel m, int first) {
    double[] range = m.jointRange();
    double[] out = new double[2 * (m.njnt - first)];
    System.arraycopy(range, 2 * first, out, 0, out.length);
    for (int j = first; j < m.njnt; j++) {
      assertEquals(true, m.jointLimited()[j], "joint " + j + " is limited");
    }
    return out;
  }

  private static void assertRange(MjModel m, double[] range, String joint, double lo, double hi) {
    int j = m.id(MjModel.ObjType.JOINT, joint);
    assertEquals(lo * DEG, range[2 * j], 1e-9, joint);
    assertEquals(hi * DEG, range[2 * j + 1], 1e-9, joint);
  }
}
