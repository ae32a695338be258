package org.spinup4j.envs.classic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spinup4j.envs.StepResult;

class MountainCarContinuousTest {

  @Test
  void oneStepUsesPowerFifteenTenThousandthsAndChargesFuel() {
    MountainCarContinuous env = new MountainCarContinuous();
    env.setState(-0.5, 0.01);
    StepResult r = env.step(new float[] {0.5f});
    double v = 0.01 + 0.5 * 0.0015 - 0.0025 * Math.cos(-1.5);
    assertEquals((float) v, env.state()[1], 0.0);
    assertEquals((float) (-0.5 + v), env.state()[0], 0.0);
    assertEquals(-0.1 * 0.25, r.reward(), 1e-12);
    assertFalse(r.terminated());
  }

  @Test
  void throttleIsClippedButFuelIsChargedOnTheActionAsGiven() {
    MountainCarContinuous clipped = new MountainCarContinuous();
    MountainCarContinuous full = new MountainCarContinuous();
    clipped.setState(-0.5, 0.0);
    full.setState(-0.5, 0.0);
    StepResult r = clipped.step(new float[] {3f});
    full.step(new float[] {1f});
    assertEquals(full.state()[1], clipped.state()[1]);
    assertEquals(-0.1 * 9, r.reward(), 1e-12);
  }

  @Test
  void reachingTheFlagPaysOneHundredLessFuel() {
    MountainCarContinuous env = new MountainCarContinuous();
    env.setState(0.44, 0.03);
    StepResult r = env.step(new float[] {1f});
    assertTrue(r.terminated());
    assertEquals(100 - 0.1, r.reward(), 1e-12);
  }

  @Test
  void stateIsKeptInFloat32BetweenSteps() {
    MountainCarContinuous env = new MountainCarContinuous();
    env.setState(-0.5, 0.01);
    env.step(new float[] {0.3f});
    for (double v : env.state()) {
      assertEquals((float) v, v, 0.0);
    }
  }

  @Test
  void nanActionIsRefused() {
    MountainCarContinuous env = new MountainCarContinuous();
    env.reset(0);
    assertThrows(IllegalArgumentException.class, () -> env.step(new float[] {Float.NaN}));
    assertThrows(IllegalArgumentException.class, () -> env.step(new float[] {0f, 0f}));
  }
}
