package org.spinup4j.envs.classic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spinup4j.envs.StepResult;

class AcrobotTest {

  /**
   * The book dynamics with every mass, length and inertia 1 and the centres of mass at 0.5,
   * simplified by hand: d1 = 3.5 + cos th2, d2 = 1.25 + 0.5 cos th2, m2 l1 lc2 = 0.5,
   * (m1 lc1 + m2 l1) g = 1.5 g, m2 lc2^2 + I2 = 1.25.
   */
  private static double[] accel(double[] s, double a) {
    double th1 = s[0];
    double th2 = s[1];
    double w1 = s[2];
    double w2 = s[3];
    double d1 = 3.5 + Math.cos(th2);
    double d2 = 1.25 + 0.5 * Math.cos(th2);
    double phi2 = 0.5 * 9.8 * Math.cos(th1 + th2 - Math.PI / 2);
    double phi1 =
        -0.5 * w2 * w2 * Math.sin(th2) - w2 * w1 * Math.sin(th2)
            + 1.5 * 9.8 * Math.cos(th1 - Math.PI / 2) + phi2;
    double dd2 =
        (a + d2 / d1 * phi1 - 0.5 * w1 * w1 * Math.sin(th2) - phi2) / (1.25 - d2 * d2 / d1);
    double dd1 = -(d2 * dd2 + phi1) / d1;
    return new double[] {w1, w2, dd1, dd2};
  }

  /** Runge-Kutta 4 over one step of 0.2 s. */
  private static double[] rk4(double[] s, double a) {
    double h = 0.2;
    double[] k1 = accel(s, a);
    double[] s2 = new double[4];
    double[] s3 = new double[4];
    double[] s4 = new double[4];
    for (int i = 0; i < 4; i++) {
      s2[i] = s[i] + h / 2 * k1[i];
    }
    double[] k2 = accel(s2, a);
    for (int i = 0; i < 4; i++) {
      s3[i] = s[i] + h / 2 * k2[i];
    }
    double[] k3 = accel(s3, a);
    for (int i = 0; i < 4; i++) {
      s4[i] = s[i] + h * k3[i];
    }
    double[] k4 = accel(s4, a);
    double[] out = new double[4];
    for (int i = 0; i < 4; i++) {
      out[i] = s[i] + h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
    }
    return out;
  }

  @Test
  void torqueOnAHangingAcrobotGivesTheHandComputedAccelerations() {
    // At rest hanging down: d1 = 4.5, d2 = 1.75, phi1 = phi2 = 0, so
    // ddTheta2 = 1 / (1.25 - 1.75^2 / 4.5) = 1.7560975... and ddTheta1 = -1.75 ddTheta2 / 4.5.
    double[] d = Acrobot.derivatives(new double[] {0, 0, 0, 0}, 1.0);
    double dd2 = 1 / (1.25 - 1.75 * 1.75 / 4.5);
    assertEquals(1.7560975609756098, dd2, 1e-12);
    assertArrayEquals(new double[] {0, 0, -1.75 * dd2 / 4.5, dd2}, d, 1e-12);
  }

  @Test
  void oneStepIsOneRungeKuttaStepOfTheBookDynamics() {
    Acrobot env = new Acrobot();
    double[] start = {0.3, -0.7, 1.1, -2.0};
    for (int action = 0; action < 3; action++) {
      env.setState(start);
      StepResult r = env.step(action);
      assertArrayEquals(rk4(start, action - 1), env.state(), 1e-12, "action " + action);
      assertEquals(-1.0, r.reward());
      assertFalse(r.terminated());
    }
  }

  @Test
  void observationIsCosinesSinesAndVelocities() {
    Acrobot env = new Acrobot();
    env.setState(0.3, -0.7, 1.1, -2.0);
    float[] o = env.step(1).observation();
    double[] s = env.state();
    float[] expected = {
      (float) Math.cos(s[0]), (float) Math.sin(s[0]), (float) Math.cos(s[1]),
      (float) Math.sin(s[1]), (float) s[2], (float) s[3]
    };
    assertArrayEquals(expected, o);
  }

  @Test
  void anglesAreWrappedIntoPlusMinusPi() {
    Acrobot env = new Acrobot();
    double[] start = {Math.PI - 0.01, -Math.PI + 0.01, 2.0, -2.0};
    env.setState(start);
    env.step(1);
    double[] free = rk4(start, 0);
    double[] s = env.state();
    assertTrue(free[0] > Math.PI && free[1] < -Math.PI, "the test state must cross +-pi");
    assertEquals(free[0] - 2 * Math.PI, s[0], 1e-12);
    assertEquals(free[1] + 2 * Math.PI, s[1], 1e-12);
  }

  @Test
  void angularVelocitiesAreClippedToFourAndNinePi() {
    Acrobot env = new Acrobot();
    double[] start = {0, 0, 4 * Math.PI, 9 * Math.PI};
    env.setState(start);
    env.step(0);
    double[] free = rk4(start, -1);
    assertTrue(free[2] > 4 * Math.PI && free[3] > 9 * Math.PI, "the test state must speed up");
    assertEquals(4 * Math.PI, env.state()[2]);
    assertEquals(9 * Math.PI, env.state()[3]);
  }

  @Test
  void tipAboveTheLineTerminatesWithRewardZero() {
    Acrobot env = new Acrobot();
    // Both links straight up: the tip is 2 above the pivot, and the inverted rest stays put.
    env.setState(Math.PI, 0, 0, 0);
    StepResult r = env.step(1);
    assertTrue(r.terminated());
    assertEquals(0.0, r.reward());
  }

  @Test
  void tipBelowTheLineDoesNotTerminate() {
    Acrobot env = new Acrobot();
    // First link horizontal, second hanging down: the tip is 1 below the pivot.
    env.setState(Math.PI / 2, -Math.PI / 2, 0, 0);
    StepResult r = env.step(1);
    assertFalse(r.terminated());
    assertEquals(-1.0, r.reward());
  }

  @Test
  void resetDrawsFloat32StatesWithinATenth() {
    Acrobot env = new Acrobot();
    env.reset(5);
    for (int episode = 0; episode < 100; episode++) {
      for (double v : env.state()) {
        assertTrue(Math.abs(v) <= 0.1, "initial state variable " + v);
        assertEquals((float) v, v, 0.0, "Gymnasium draws the start state in float32");
      }
      env.reset();
    }
  }

  @Test
  void actionThreeIsRefused() {
    Acrobot env = new Acrobot();
    env.reset(0);
    var e = assertThrows(IllegalArgumentException.class, () -> env.step(3));
    assertTrue(e.getMessage().contains("0..2"), e.getMessage());
  }
}
