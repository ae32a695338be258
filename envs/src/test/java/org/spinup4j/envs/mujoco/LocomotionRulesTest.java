package org.spinup4j.envs.mujoco;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spinup4j.envs.Env;
import org.spinup4j.envs.Envs;
import org.spinup4j.envs.StepResult;

/** The v4 rules of each task, one test per rule: observations, rewards, health, resets, info. */
class LocomotionRulesTest {
  private static final float[] HALF_CHEETAH_ACTION = {0.3f, -0.2f, 0.5f, -0.9f, 0.1f, 1.5f};

  @BeforeEach
  void library() {
    MujocoTests.requireLibrary();
  }

  // --- observations ---

  @Test
  void halfCheetahObservesEveryPositionButXThenEveryVelocity() {
    try (HalfCheetah env = new HalfCheetah()) {
      double[] qpos = {5, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8};
      double[] qvel = {-1, -2, -3, -4, -5, -6, -7, -8, 20};
      env.setState(qpos, qvel);
      assertArrayEquals(new float[] {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f, -1, -2, -3, -4,
          -5, -6, -7, -8, 20}, env.observation());
    }
  }

  @Test
  void hopperObservesPositionsButXThenVelocitiesClippedToTen() {
    try (Hopper env = new Hopper()) {
      env.setState(new double[] {3, 1.2, 0.1, -0.2, -0.3, 0.4}, new double[] {1, -2, 15, -12, 0.5,
          10});
      assertArrayEquals(new float[] {1.2f, 0.1f, -0.2f, -0.3f, 0.4f, 1, -2, 10, -10, 0.5f, 10},
          env.observation());
    }
  }

  @Test
  void walkerObservesPositionsButXThenVelocitiesClippedToTen() {
    try (Walker2d env = new Walker2d()) {
      double[] qpos = {3, 1.2, 0.1, -0.2, -0.3, 0.4, -0.5, -0.6, 0.7};
      double[] qvel = {11, -11, 1, 2, 3, 4, 5, 6, 7};
      env.setState(qpos, qvel);
      assertArrayEquals(new float[] {1.2f, 0.1f, -0.2f, -0.3f, 0.4f, -0.5f, -0.6f, 0.7f, 10, -10, 1,
          2, 3, 4, 5, 6, 7}, env.observation());
    }
  }

  @Test
  void antObservesPositionsButXAndYThenEveryVelocityUnclipped() {
    try (Ant env = new Ant()) {
      double[] qpos = new double[15];
      double[] qvel = new double[14];
      for (int i = 0; i < 15; i++) {
        qpos[i] = i / 10.0;
      }
      for (int i = 0; i < 14; i++) {
        qvel[i] = 20 + i;
      }
      env.setState(qpos, qvel);
      float[] obs = env.observation();
      assertEquals(27, obs.length);
      for (int i = 0; i < 13; i++) {
        assertEquals((float) qpos[i + 2], obs[i]);
      }
      for (int i = 0; i < 14; i++) {
        assertEquals((float) qvel[i], obs[13 + i]);
      }
    }
  }

  @Test
  void antWithContactForcesAppendsTheClippedForcesOnAllFourteenBodies() {
    try (Ant env = new Ant(true)) {
      env.reset(0);
      StepResult r = null;
      for (int t = 0; t < 20; t++) {
        r = env.step(new float[8]);
      }
      float[] obs = r.observation();
      assertEquals(111, obs.length);
      double[] forces = env.data.cfrcExt();
      double sum = 0;
      boolean clipped = false;
      for (int i = 0; i < 84; i++) {
        double f = Math.max(-1, Math.min(1, forces[i]));
        clipped |= Math.abs(forces[i]) > 1;
        sum += f * f;
        assertEquals((float) f, obs[27 + i], "force " + i);
      }
      assertTrue(clipped, "the ant resting on the floor feels forces above 1");
      assertEquals(-5e-4 * sum, r.info().get("reward_contact"), 1e-12);
    }
  }

  @Test
  void swimmerObservesPositionsButXAndYThenEveryVelocity() {
    try (Swimmer env = new Swimmer()) {
      env.setState(new double[] {4, 5, 0.1, 0.2, 0.3}, new double[] {1, 2, 3, 40, 5});
      assertArrayEquals(new float[] {0.1f, 0.2f, 0.3f, 1, 2, 3, 40, 5}, env.observation());
    }
  }

  // --- rewards and info ---

  @Test
  void halfCheetahPaysForwardVelocityLessATenthOfTheSquaredAction() {
    try (HalfCheetah env = new HalfCheetah()) {
      env.reset(3);
      double x0 = env.qpos()[0];
      StepResult r = env.step(HALF_CHEETAH_ACTION);
      double x1 = env.qpos()[0];
      double ctrl = 0.1 * sumOfSquares(HALF_CHEETAH_ACTION);
      assertEquals((x1 - x0) / 0.05 - ctrl, r.reward(), 1e-12);
      assertInfo(r, List.of("x_position", "x_velocity", "reward_run", "reward_ctrl"));
      assertEquals(x1, r.info().get("x_position"), 0);
      assertEquals((x1 - x0) / 0.05, r.info().get("reward_run"), 1e-12);
      assertEquals(-ctrl, r.info().get("reward_ctrl"), 1e-12);
    }
  }

  @Test
  void hopperAndWalkerPayVelocityPlusOneLessAThousandthOfTheSquaredAction() {
    for (LocomotionEnv env : List.of(new Hopper(), new Walker2d())) {
      try (env) {
        env.reset(4);
        float[] action = new float[env.model().nu];
        for (int i = 0; i < action.length; i++) {
          action[i] = 0.4f - 0.3f * i;
        }
        double x0 = env.qpos()[0];
        StepResult r = env.step(action);
        double x1 = env.qpos()[0];
        assertEquals((x1 - x0) / 0.008 + 1 - 1e-3 * sumOfSquares(action), r.reward(), 1e-12);
        assertInfo(r, List.of("x_position", "x_velocity"));
        assertEquals((x1 - x0) / 0.008, r.info().get("x_velocity"), 1e-12);
      }
    }
  }

  @Test
  void antPaysTorsoVelocityPlusOneLessHalfTheSquaredAction() {
    try (Ant env = new Ant()) {
      env.reset(5);
      float[] action = {0.2f, -0.4f, 0.6f, -0.8f, 1f, -0.1f, 0.3f, 0.5f};
      double[] before = env.data.xpos();
      StepResult r = env.step(action);
      double[] after = env.data.xpos();
      double vx = (after[3] - before[3]) / 0.05;
      double vy = (after[4] - before[4]) / 0.05;
      assertEquals(vx + 1 - 0.5 * sumOfSquares(action), r.reward(), 1e-12);
      assertInfo(r, List.of("reward_forward", "reward_ctrl", "reward_survive", "x_position",
          "y_position", "distance_from_origin", "x_velocity", "y_velocity", "forward_reward"));
      assertEquals(vy, r.info().get("y_velocity"), 1e-12);
      assertEquals(Math.hypot(after[3], after[4]), r.info().get("distance_from_origin"), 1e-15);
      assertEquals(1.0, r.info().get("reward_survive"));
    }
  }

  @Test
  void swimmerPaysForwardVelocityLessATenThousandthOfTheSquaredAction() {
    try (Swimmer env = new Swimmer()) {
      env.reset(6);
      float[] action = {0.7f, -0.9f};
      double[] q0 = env.qpos();
      StepResult r = env.step(action);
      double[] q1 = env.qpos();
      assertEquals((q1[0] - q0[0]) / 0.04 - 1e-4 * sumOfSquares(action), r.reward(), 1e-12);
      assertInfo(r, List.of("reward_fwd", "reward_ctrl", "x_position", "y_position",
          "distance_from_origin", "x_velocity", "y_velocity", "forward_reward"));
      assertEquals((q1[1] - q0[1]) / 0.04, r.info().get("y_velocity"), 1e-12);
    }
  }

  @Test
  void costsUseTheActionAsGivenWhileMujocoClampsWhatActs() {
    try (HalfCheetah a = new HalfCheetah(); HalfCheetah b = new HalfCheetah()) {
      a.reset(7);
      b.reset(7);
      StepResult big = a.step(new float[] {3, 3, 3, 3, 3, 3});
      StepResult one = b.step(new float[] {1, 1, 1, 1, 1, 1});
      assertArrayEquals(a.qpos(), b.qpos(), 0);
      assertEquals(-0.1 * 54, big.info().get("reward_ctrl"), 1e-12);
      assertEquals(-0.1 * 6, one.info().get("reward_ctrl"), 1e-12);
    }
  }

  // --- health and termination ---

  @Test
  void hopperIsUnhealthyWhenLowTiltedOrAnyStateBeyondAHundred() {
    try (Hopper env = new Hopper()) {
      assertHealth(env, true, new double[] {0, 1.25, 0, 0, 0, 0}, new double[6]);
      assertHealth(env, false, new double[] {0, 0.7, 0, 0, 0, 0}, new double[6]);
      assertHealth(env, true, new double[] {0, 0.71, 0.19, 0, 0, 0}, new double[6]);
      assertHealth(env, false, new double[] {0, Double.POSITIVE_INFINITY, 0, 0, 0, 0},
          new double[6]);
      assertHealth(env, false, new double[] {0, 1.25, 0.2, 0, 0, 0}, new double[6]);
      assertHealth(env, false, new double[] {0, 1.25, -0.2, 0, 0, 0}, new double[6]);
      double[] upright = {0, 1.25, 0, 0, 0, 0};
      assertHealth(env, false, upright, new double[] {0, 0, 0, 0, 0, 100});
      // x and z are not checked against the range; every velocity is, x's included.
      assertHealth(env, true, new double[] {500, 1.25, 0, 0, 0, 0}, new double[6]);
      assertHealth(env, false, upright, new double[] {100, 0, 0, 0, 0, 0});
      assertHealth(env, false, upright, new double[] {0, -100, 0, 0, 0, 0});
      assertHealth(env, true, upright, new double[] {99, -99, 0, 0, 0, 99});
    }
  }

  @Test
  void walkerIsUnhealthyOutsideHeightPointEightToTwoOrAngleOne() {
    try (Walker2d env = new Walker2d()) {
      double[] v = new double[9];
      assertHealth(env, true, walker(1.25, 0), v);
      assertHealth(env, false, walker(0.8, 0), v);
      assertHealth(env, false, walker(2.0, 0), v);
      assertHealth(env, true, walker(1.99, 0.99), v);
      assertHealth(env, false, walker(1.25, -1.0), v);
    }
  }

  @Test
  void antIsUnhealthyOutsideHeightPointTwoToOneInclusiveOrWhenNotFinite() {
    try (Ant env = new Ant()) {
      double[] v = new double[14];
      assertHealth(env, true, ant(0.2), v);
      assertHealth(env, true, ant(1.0), v);
      assertHealth(env, false, ant(0.19), v);
      assertHealth(env, false, ant(1.01), v);
      double[] nan = v.clone();
      nan[3] = Double.NaN;
      assertHealth(env, false, ant(0.5), nan);
    }
  }

  @Test
  void theStepThatFallsTerminatesAndStillPaysTheHealthyRewardAsV4Does() {
    try (Hopper env = new Hopper()) {
      env.setState(new double[] {0, 1.25, 0.5, 0, 0, 0}, new double[6]);
      double x0 = env.qpos()[0];
      StepResult r = env.step(new float[3]);
      assertTrue(r.terminated());
      assertFalse(r.truncated());
      assertEquals((env.qpos()[0] - x0) / 0.008 + 1, r.reward(), 1e-12);
      assertThrows(IllegalStateException.class, () -> env.step(new float[3]));
      env.reset();
      env.step(new float[3]);
    }
  }

  @Test
  void halfCheetahAndSwimmerNeverTerminateAndAreTruncatedAtAThousandSteps() {
    for (String id : List.of("HalfCheetah-v4", "Swimmer-v4")) {
      try (Env env = Envs.make(id)) {
        env.reset(8);
        for (int t = 1; t <= 1000; t++) {
          StepResult r = env.step(env.actionSpace().sample());
          assertFalse(r.terminated(), id + " step " + t);
          assertEquals(t == 1000, r.truncated(), id + " step " + t);
          assertFalse(r.info().isEmpty(), "the time limit keeps the info");
        }
      }
    }
  }

  // --- resets ---

  @Test
  void uniformResetNoiseStaysWithinItsScaleAroundTheInitialState() {
    check(new Hopper(), 5e-3, 5e-3);
    check(new Walker2d(), 5e-3, 5e-3);
    check(new Swimmer(), 0.1, 0.1);
  }

  private static void check(LocomotionEnv env, double posScale, double velScale) {
    try (env) {
      double[] qpos0 = env.model().qpos0();
      for (int episode = 0; episode < 50; episode++) {
        if (episode == 0) {
          env.reset(11);
        } else {
          env.reset();
        }
        double[] q = env.qpos();
        double[] v = env.qvel();
        for (int i = 0; i < q.length; i++) {
          assertTrue(Math.abs(q[i] - qpos0[i]) <= posScale, env.id() + " qpos " + i);
          assertTrue(q[i] != qpos0[i], env.id() + " qpos " + i + " has no noise");
        }
        for (double x : v) {
          assertTrue(Math.abs(x) <= velScale && x != 0, env.id() + " qvel " + x);
        }
      }
    }
  }

  @Test
  void halfCheetahAndAntDrawUniformPositionsAndNormalVelocitiesOfScaleOneTenth() {
    for (LocomotionEnv env : List.of(new HalfCheetah(), new Ant())) {
      try (env) {
        double[] qpos0 = env.model().qpos0();
        double sum = 0;
        double sumSq = 0;
        int n = 0;
        boolean beyondUniform = false;
        env.reset(12);
        for (int episode = 0; episode < 400; episode++) {
          double[] q = env.qpos();
          for (int i = 0; i < q.length; i++) {
            assertTrue(Math.abs(q[i] - qpos0[i]) <= 0.1, env.id());
          }
          for (double x : env.qvel()) {
            sum += x;
            sumSq += x * x;
            n++;
            beyondUniform |= Math.abs(x) > 0.1;
          }
          env.reset();
        }
        double mean = sum / n;
        double std = Math.sqrt(sumSq / n - mean * mean);
        assertEquals(0, mean, 0.01, env.id() + " velocity noise mean");
        assertEquals(0.1, std, 0.005, env.id() + " velocity noise std");
        assertTrue(beyondUniform, env.id() + ": normal noise exceeds its scale sometimes");
      }
    }
  }

  @Test
  void antsResetQuaternionIsNotNormalised() {
    try (Ant env = new Ant()) {
      env.reset(13);
      double[] q = env.qpos();
      double norm = Math.sqrt(q[3] * q[3] + q[4] * q[4] + q[5] * q[5] + q[6] * q[6]);
      assertTrue(Math.abs(norm - 1) > 1e-3, "norm " + norm);
      float[] obs = env.observation();
      assertEquals((float) q[3], obs[1]);
      // The first step normalises it, as MuJoCo does when it integrates.
      env.step(new float[8]);
      q = env.qpos();
      norm = Math.sqrt(q[3] * q[3] + q[4] * q[4] + q[5] * q[5] + q[6] * q[6]);
      assertEquals(1, norm, 1e-9);
    }
  }

  // --- actions and lifecycle ---

  @Test
  void badActionsAreRefusedWithTheTasksName() {
    try (HalfCheetah env = new HalfCheetah()) {
      assertThrows(IllegalStateException.class, () -> env.step(new float[6]));
      env.reset(0);
      var wrong = assertThrows(IllegalArgumentException.class, () -> env.step(new float[5]));
      assertTrue(wrong.getMessage().startsWith("HalfCheetah-v4: action must hold 6 floats"));
      float[] nan = new float[6];
      nan[2] = Float.NaN;
      assertThrows(IllegalArgumentException.class, () -> env.step(nan));
    }
  }

  @Test
  void aClosedTaskRefusesEveryCallThatWouldReadFreedMemory() {
    Hopper env = new Hopper();
    env.reset(0);
    env.close();
    env.close();
    var e = assertThrows(IllegalStateException.class, () -> env.step(new float[3]));
    assertEquals("Hopper-v4 is closed", e.getMessage());
    assertThrows(IllegalStateException.class, env::observation);
    assertThrows(IllegalStateException.class, env::isHealthy);
    assertThrows(IllegalStateException.class, env::qpos);
    assertThrows(IllegalStateException.class, () -> env.reset(1));
    assertThrows(IllegalStateException.class, () -> env.setState(new double[6], new double[6]));
    var image = new java.awt.image.BufferedImage(10, 10, java.awt.image.BufferedImage.TYPE_INT_RGB);
    assertThrows(IllegalStateException.class, () -> env.render(image.createGraphics(), 10, 10));
  }

  private static void assertHealth(LocomotionEnv env, boolean healthy, double[] q, double[] v) {
    env.setState(q, v);
    boolean is = env instanceof UprightWalker w ? w.isHealthy() : ((Ant) env).isHealthy();
    assertEquals(healthy, is, env.id() + " at qpos " + java.util.Arrays.toString(q) + " qvel "
        + java.util.Arrays.toString(v));
  }

  private static double[] walker(double z, double angle) {
    return new double[] {0, z, angle, 0, 0, 0, 0, 0, 0};
  }

  private static double[] ant(double z) {
    double[] q = new double[15];
    q[2] = z;
    q[3] = 1;
    return q;
  }

  private static void assertInfo(StepResult r, List<String> keys) {
    assertEquals(keys, List.copyOf(r.info().keySet()));
    for (Map.Entry<String, Double> e : r.info().entrySet()) {
      assertTrue(Double.isFinite(e.getValue()), e.getKey());
    }
  }

  private static double sumOfSquares(float[] a) {
    double s = 0;
    for (float x : a) {
      s += (double) x * x;
    }
    return s;
  }
}
