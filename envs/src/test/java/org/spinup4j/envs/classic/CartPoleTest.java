package org.spinup4j.envs.classic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spinup4j.envs.Env;
import org.spinup4j.envs.Envs;
import org.spinup4j.envs.StepResult;

class CartPoleTest {

  /** The cart-pole equations, written out with the published constants. */
  private static double[] eulerStep(double x, double xDot, double th, double thDot, double f) {
    double temp = (f + 0.05 * thDot * thDot * Math.sin(th)) / 1.1;
    double thAcc =
        (9.8 * Math.sin(th) - Math.cos(th) * temp)
            / (0.5 * (4.0 / 3.0 - 0.1 * Math.cos(th) * Math.cos(th) / 1.1));
    double xAcc = temp - 0.05 * thAcc * Math.cos(th) / 1.1;
    return new double[] {x + 0.02 * xDot, xDot + 0.02 * xAcc, th + 0.02 * thDot,
        thDot + 0.02 * thAcc};
  }

  @Test
  void pushRightFollowsTheEulerEquations() {
    CartPole env = new CartPole();
    env.setState(0.1, -0.2, 0.05, 0.3);
    StepResult r = env.step(1);
    double[] expected = eulerStep(0.1, -0.2, 0.05, 0.3, 10.0);
    assertArrayEquals(expected, env.state(), 1e-12);
    assertEquals(1.0, r.reward());
    assertFalse(r.terminated());
    assertFalse(r.truncated());
  }

  @Test
  void pushLeftAppliesMinusTenNewtons() {
    CartPole env = new CartPole();
    env.setState(-0.3, 0.4, -0.02, -0.1);
    env.step(0);
    assertArrayEquals(eulerStep(-0.3, 0.4, -0.02, -0.1, -10.0), env.state(), 1e-12);
  }

  @Test
  void uprightPoleAtRestTipsAwayFromThePush() {
    // By hand: temp = 10/1.1, thAcc = -temp / (0.5 (4/3 - 0.1/1.1)) = -14.634..., so the pole
    // starts to fall left as the cart is pushed right.
    CartPole env = new CartPole();
    env.setState(0, 0, 0, 0);
    env.step(1);
    double thAcc = -(10 / 1.1) / (0.5 * (4.0 / 3 - 0.1 / 1.1));
    assertEquals(-14.634146341463415, thAcc, 1e-12);
    assertEquals(0.02 * thAcc, env.state()[3], 1e-12);
    assertEquals(0.0, env.state()[2]);
    assertEquals(0.02 * (10 / 1.1 - 0.05 * thAcc / 1.1), env.state()[1], 1e-12);
  }

  @Test
  void observationIsTheStateAsFloats() {
    CartPole env = new CartPole();
    env.setState(0.1, -0.2, 0.05, 0.3);
    float[] o = env.step(1).observation();
    double[] s = env.state();
    for (int i = 0; i < 4; i++) {
      assertEquals((float) s[i], o[i]);
    }
  }

  @Test
  void poleFallingPastTwelveDegreesTerminatesWithRewardOne() {
    CartPole env = new CartPole();
    // theta moves by 0.02 * 1.0 = 0.02 rad, from just under to just over 12 degrees (0.20944).
    env.setState(0, 0, 0.2, 1.0);
    StepResult r = env.step(1);
    assertTrue(r.terminated());
    assertEquals(1.0, r.reward());
    env.setState(0, 0, -0.2, -1.0);
    assertTrue(env.step(0).terminated());
  }

  @Test
  void poleJustInsideTwelveDegreesDoesNotTerminate() {
    CartPole env = new CartPole();
    env.setState(0, 0, 0.18, 1.0);
    assertFalse(env.step(1).terminated());
  }

  @Test
  void cartLeavingTheTrackTerminates() {
    CartPole env = new CartPole();
    env.setState(2.39, 1.0, 0, 0);
    assertTrue(env.step(1).terminated());
    env.setState(-2.39, -1.0, 0, 0);
    assertTrue(env.step(0).terminated());
    env.setState(2.3, 1.0, 0, 0);
    assertFalse(env.step(1).terminated());
  }

  @Test
  void resetDrawsEachVariableWithinFiveHundredths() {
    CartPole env = new CartPole();
    env.reset(11);
    for (int episode = 0; episode < 100; episode++) {
      for (double v : env.state()) {
        assertTrue(Math.abs(v) <= 0.05, "initial state variable " + v);
      }
      env.reset();
    }
  }

  @Test
  void balancedPoleIsTruncatedAtFiveHundredSteps() {
    Env env = Envs.make("CartPole-v1");
    float[] o = env.reset(0);
    StepResult r;
    int steps = 0;
    do {
      // A hand-tuned linear controller that keeps the pole up and the cart near the centre.
      double push = 10 * o[2] + 2 * o[3] + 0.3 * o[0] + o[1];
      r = env.step(push > 0 ? 1 : 0);
      o = r.observation();
      steps++;
    } while (!r.done());
    assertEquals(500, steps);
    assertTrue(r.truncated());
    assertFalse(r.terminated());
  }

  @Test
  void stepBeforeResetIsRefused() {
    var e = assertThrows(IllegalStateException.class, () -> new CartPole().step(0));
    assertTrue(e.getMessage().contains("reset"), e.getMessage());
  }

  @Test
  void stepAfterTerminationIsRefused() {
    CartPole env = new CartPole();
    env.setState(0, 0, 0.2, 1.0);
    env.step(1);
    assertThrows(IllegalStateException.class, () -> env.step(1));
    env.reset(0);
    env.step(1);
  }

  @Test
  void actionsOutsideZeroAndOneAreRefused() {
    CartPole env = new CartPole();
    env.reset(0);
    var e = assertThrows(IllegalArgumentException.class, () -> env.step(2));
    assertTrue(e.getMessage().contains("0..1"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> env.step(-1));
    assertThrows(IllegalArgumentException.class, () -> env.step(new float[] {0.5f}));
    assertThrows(IllegalArgumentException.class, () -> env.step(new float[] {0, 1}));
    assertThrows(IllegalArgumentException.class, () -> env.step((float[]) null));
  }

  @Test
  void setStateNeedsFourValues() {
    assertThrows(IllegalArgumentException.class, () -> new CartPole().setState(1, 2, 3));
  }
}
