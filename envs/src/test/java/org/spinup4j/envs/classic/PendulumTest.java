package org.spinup4j.envs.classic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spinup4j.envs.Env;
import org.spinup4j.envs.Envs;
import org.spinup4j.envs.StepResult;

class PendulumTest {

  @Test
  void oneStepIsSemiImplicitEulerAndChargesThePreviousState() {
    Pendulum env = new Pendulum();
    env.setState(1.0, 0.5);
    StepResult r = env.step(new float[] {1f});
    // 3g/(2l) = 15 and 3/(m l^2) = 3.
    double thDot = 0.5 + (15 * Math.sin(1.0) + 3 * 1.0) * 0.05;
    assertArrayEquals(new double[] {1.0 + thDot * 0.05, thDot}, env.state(), 1e-15);
    assertEquals(-(1.0 + 0.1 * 0.25 + 0.001), r.reward(), 1e-12);
    assertFalse(r.terminated());
    assertFalse(r.truncated());
  }

  @Test
  void observationIsCosineSineAndVelocity() {
    Pendulum env = new Pendulum();
    env.setState(2.5, -3.0);
    assertArrayEquals(
        new float[] {(float) Math.cos(2.5), (float) Math.sin(2.5), -3f}, env.observation());
  }

  @Test
  void torqueIsClippedToTwoBeforeItActsAndIsCharged() {
    Pendulum env = new Pendulum();
    env.setState(0.0, 0.0);
    StepResult r = env.step(new float[] {5f});
    assertEquals(3 * 2.0 * 0.05, env.state()[1], 1e-15);
    assertEquals(-0.001 * 4, r.reward(), 1e-15);
  }

  @Test
  void costUsesTheAngleBroughtIntoPlusMinusPi() {
    Pendulum env = new Pendulum();
    env.setState(2 * Math.PI + 0.1, 0.0);
    assertEquals(-0.01, env.step(new float[] {0f}).reward(), 1e-12);
    env.setState(-2 * Math.PI - 0.1, 0.0);
    assertEquals(-0.01, env.step(new float[] {0f}).reward(), 1e-12);
    assertEquals(-Math.PI, Pendulum.normalize(Math.PI), 1e-15);
    assertEquals(Math.PI - 0.5, Pendulum.normalize(-Math.PI - 0.5), 1e-12);
  }

  @Test
  void speedIsClippedToEight() {
    Pendulum env = new Pendulum();
    env.setState(Math.PI / 2, 7.9);
    env.step(new float[] {2f});
    assertEquals(8.0, env.state()[1]);
    assertEquals(Math.PI / 2 + 8.0 * 0.05, env.state()[0], 1e-15);
  }

  @Test
  void angleIsNotWrapped() {
    Pendulum env = new Pendulum();
    env.setState(Math.PI, 8.0);
    env.step(new float[] {2f});
    assertTrue(env.state()[0] > Math.PI);
  }

  @Test
  void neverTerminatesAndIsTruncatedAtTwoHundredSteps() {
    Env env = Envs.make("Pendulum-v1");
    env.reset(4);
    for (int t = 1; t <= 200; t++) {
      StepResult r = env.step(env.actionSpace().sample());
      assertFalse(r.terminated());
      assertEquals(t == 200, r.truncated(), "step " + t);
    }
  }

  @Test
  void resetDrawsAngleInPlusMinusPiAndSpeedInPlusMinusOne() {
    Pendulum env = new Pendulum();
    env.reset(8);
    for (int episode = 0; episode < 100; episode++) {
      double[] s = env.state();
      assertTrue(Math.abs(s[0]) <= Math.PI && Math.abs(s[1]) <= 1.0);
      env.reset();
    }
  }
}
