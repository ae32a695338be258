package org.spinup4j.envs.classic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spinup4j.envs.StepResult;

class MountainCarTest {

  @Test
  void oneStepAddsEnginePlusGravityToVelocityThenVelocityToPosition() {
    MountainCar env = new MountainCar();
    env.setState(-0.5, 0.01);
    StepResult r = env.step(2);
    double v = 0.01 + 0.001 - 0.0025 * Math.cos(3 * -0.5);
    assertArrayEquals(new double[] {-0.5 + v, v}, env.state(), 1e-15);
    assertArrayEquals(new float[] {(float) (-0.5 + v), (float) v}, r.observation());
    assertEquals(-1.0, r.reward());
    assertFalse(r.terminated());
  }

  @Test
  void actionOneLeavesOnlyGravity() {
    MountainCar env = new MountainCar();
    env.setState(0.2, -0.03);
    env.step(1);
    double v = -0.03 - 0.0025 * Math.cos(0.6);
    assertArrayEquals(new double[] {0.2 + v, v}, env.state(), 1e-15);
    env.setState(0.2, -0.03);
    env.step(0);
    assertEquals(v - 0.001, env.state()[1], 1e-15);
  }

  @Test
  void speedIsClippedToSevenHundredths() {
    MountainCar env = new MountainCar();
    // At p = -pi/6 the slope is flat (cos(3p) = 0), so only the engine acts.
    env.setState(-Math.PI / 6, 0.0695);
    env.step(2);
    assertEquals(0.07, env.state()[1], 1e-15);
    assertEquals(-Math.PI / 6 + 0.07, env.state()[0], 1e-15);
  }

  @Test
  void leftWallStopsTheCar() {
    MountainCar env = new MountainCar();
    env.setState(-1.19, -0.05);
    env.step(0);
    assertArrayEquals(new double[] {-1.2, 0.0}, env.state());
  }

  @Test
  void reachingTheFlagTerminatesWithRewardMinusOne() {
    MountainCar env = new MountainCar();
    env.setState(0.49, 0.03);
    StepResult r = env.step(2);
    assertTrue(env.state()[0] >= 0.5);
    assertTrue(r.terminated());
    assertEquals(-1.0, r.reward());
  }

  @Test
  void passingTheFlagPositionBackwardsDoesNotTerminate() {
    MountainCar env = new MountainCar();
    // The car is beyond 0.5 but rolling back: the goal also needs velocity >= 0.
    env.setState(0.55, -0.01);
    assertFalse(env.step(0).terminated());
  }

  @Test
  void resetPutsTheCarAtRestBetweenMinusPointSixAndMinusPointFour() {
    MountainCar env = new MountainCar();
    env.reset(3);
    for (int episode = 0; episode < 100; episode++) {
      double[] s = env.state();
      assertTrue(s[0] >= -0.6 && s[0] <= -0.4, "initial position " + s[0]);
      assertEquals(0.0, s[1]);
      env.reset();
    }
  }

  @Test
  void actionOutsideZeroToTwoIsRefused() {
    MountainCar env = new MountainCar();
    env.reset(0);
    assertThrows(IllegalArgumentException.class, () -> env.step(3));
    assertThrows(IllegalArgumentException.class, () -> env.step(new float[] {1.5f}));
  }
}
