package org.spinup4j.algos.buffers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OnPolicyBufferTest {

  @Test
  void discountCumsumSumsEachSuffixWithPowersOfTheDiscount() {
    double[] y = OnPolicyBuffer.discountCumsum(new double[] {1, 2, 3}, 0.5);
    // y2 = 3; y1 = 2 + 0.5*3 = 3.5; y0 = 1 + 0.5*2 + 0.25*3 = 2.75
    assertArrayEquals(new double[] {2.75, 3.5, 3.0}, y, 1e-12);
  }

  /** Unnormalised advantages, by reading back from a buffer of exactly one path. */
  private static float[] rawAdvantagesAndReturns(double gamma, double lam, double[] r, double[] v,
      double lastVal, float[] retOut) {
    OnPolicyBuffer buf = new OnPolicyBuffer(1, 1, r.length, gamma, lam);
    for (int t = 0; t < r.length; t++) {
      buf.store(new float[] {t}, new float[] {0}, r[t], v[t]);
    }
    buf.finishPath(lastVal);
    OnPolicyBuffer.Batch b = buf.get();
    System.arraycopy(b.ret(), 0, retOut, 0, r.length);
    return b.adv();
  }

  @Test
  void gaeMatchesHandComputedDeltasAndBootstrapsRewardToGo() {
    double gamma = 0.9;
    double lam = 0.5;
    double[] r = {1, 0, 2};
    double[] v = {0.5, 1.0, 1.5};
    double last = 2.0; // trajectory cut: bootstrap with V(s_3) = 2
    // deltas: r_t + gamma v_{t+1} - v_t
    double d0 = 1 + 0.9 * 1.0 - 0.5;  // 1.4
    double d1 = 0 + 0.9 * 1.5 - 1.0;  // 0.35
    double d2 = 2 + 0.9 * 2.0 - 1.5;  // 2.3
    double a2 = d2;
    double a1 = d1 + 0.45 * a2;
    double a0 = d0 + 0.45 * a1;
    double[] expectedAdv = {a0, a1, a2};
    double ret2 = 2 + 0.9 * 2.0;
    double ret1 = 0 + 0.9 * ret2;
    double ret0 = 1 + 0.9 * ret1;

    float[] ret = new float[3];
    float[] adv = rawAdvantagesAndReturns(gamma, lam, r, v, last, ret);
    assertArrayEquals(new float[] {(float) ret0, (float) ret1, (float) ret2}, ret, 1e-5f);
    // get() normalises: compare with the hand values normalised the same way (population std).
    double mean = (a0 + a1 + a2) / 3;
    double std = Math.sqrt(((a0 - mean) * (a0 - mean) + (a1 - mean) * (a1 - mean)
        + (a2 - mean) * (a2 - mean)) / 3);
    for (int i = 0; i < 3; i++) {
      assertEquals((expectedAdv[i] - mean) / std, adv[i], 1e-5);
    }
  }

  @Test
  void gaeWithLambdaOneEqualsRewardToGoMinusValue() {
    double[] r = {1, -1, 0.5, 2};
    double[] v = {0.3, -0.2, 0.8, 0.1};
    double gamma = 0.95;
    float[] ret = new float[4];
    float[] adv = rawAdvantagesAndReturns(gamma, 1.0, r, v, 0.0, ret);
    double[] raw = new double[4];
    double mean = 0;
    for (int i = 0; i < 4; i++) {
      raw[i] = ret[i] - v[i];
      mean += raw[i] / 4;
    }
    double var = 0;
    for (double x : raw) {
      var += (x - mean) * (x - mean) / 4;
    }
    for (int i = 0; i < 4; i++) {
      assertEquals((raw[i] - mean) / Math.sqrt(var), adv[i], 1e-5);
    }
  }

  @Test
  void gaeWithLambdaZeroIsTheOneStepTdError() {
    double[] r = {0.5, 1.0, -1.0};
    double[] v = {1.0, 2.0, 0.5};
    double gamma = 0.9;
    double last = 3.0;
    // A_t = delta_t = r_t + gamma V(s_{t+1}) - V(s_t), with V(s_3) = last
    double[] delta = {0.5 + 0.9 * 2.0 - 1.0, 1.0 + 0.9 * 0.5 - 2.0, -1.0 + 0.9 * 3.0 - 0.5};
    float[] ret = new float[3];
    float[] adv = rawAdvantagesAndReturns(gamma, 0.0, r, v, last, ret);
    double mean = (delta[0] + delta[1] + delta[2]) / 3;
    double var = 0;
    for (double d : delta) {
      var += (d - mean) * (d - mean) / 3;
    }
    for (int i = 0; i < 3; i++) {
      assertEquals((delta[i] - mean) / Math.sqrt(var), adv[i], 1e-5);
    }
  }

  @Test
  void terminalPathUsesZeroAndPathsDoNotLeakIntoEachOther() {
    OnPolicyBuffer buf = new OnPolicyBuffer(1, 1, 3, 0.5, 1.0);
    buf.store(new float[] {0}, new float[] {0}, 1, 0);
    buf.finishPath(0); // terminal: return is just r = 1
    buf.store(new float[] {1}, new float[] {0}, 1, 0);
    buf.store(new float[] {2}, new float[] {0}, 1, 0);
    buf.finishPath(4); // cut: 1 + 0.5*(1 + 0.5*4) = 2.5, then 1 + 0.5*4 = 3
    assertArrayEquals(new float[] {1f, 2.5f, 3f}, buf.get().ret(), 1e-6f);
  }

  @Test
  void normalisedAdvantagesHaveMeanZeroAndUnitPopulationStd() {
    OnPolicyBuffer buf = new OnPolicyBuffer(2, 1, 50, 0.99, 0.97);
    java.util.Random rng = new java.util.Random(3);
    for (int t = 0; t < 50; t++) {
      buf.store(new float[] {t, -t}, new float[] {1}, rng.nextGaussian(), rng.nextGaussian());
      if (t % 7 == 6) {
        buf.finishPath(rng.nextGaussian());
      }
    }
    buf.finishPath(0);
    float[] adv = buf.get().adv();
    double mean = 0;
    for (float a : adv) {
      mean += a / 50.0;
    }
    double var = 0;
    for (float a : adv) {
      var += (a - mean) * (a - mean) / 50.0;
    }
    assertEquals(0, mean, 1e-5);
    assertEquals(1, var, 1e-4);
  }

  @Test
  void getRefusesAPartlyFilledBufferOrAnUnfinishedPath() {
    OnPolicyBuffer buf = new OnPolicyBuffer(1, 1, 2, 0.99, 0.97);
    buf.store(new float[] {0}, new float[] {0}, 1, 0);
    assertThrows(IllegalStateException.class, buf::get);
    buf.store(new float[] {0}, new float[] {0}, 1, 0);
    assertThrows(IllegalStateException.class, buf::get);
  }

  @Test
  void eachEnvironmentCopysTrajectoriesGetTheTargetsTheyWouldGetAlone() {
    // Two copies stepped in turn; copy 0's trajectory ends after 2 steps (terminal), copy 1's
    // runs all 3 and is cut (bootstrapped with 5).
    double gamma = 0.9;
    double lam = 0.8;
    OnPolicyBuffer both = new OnPolicyBuffer(1, 1, 6, gamma, lam, 2);
    double[][] r = {{1, 2, 3}, {4, 5, 6}};
    double[][] v = {{0.5, 0.25, 1}, {2, 1, 3}};
    for (int t = 0; t < 3; t++) {
      for (int c = 0; c < 2; c++) {
        both.store(c, new float[] {10 * c + t}, new float[] {c}, r[c][t], v[c][t]);
        if (c == 0 && t == 1) {
          both.finishPath(0, 0);
        }
      }
    }
    both.finishPath(0, 7);
    both.finishPath(1, 5);

    OnPolicyBuffer alone = new OnPolicyBuffer(1, 1, 6, gamma, lam);
    for (int c = 0; c < 2; c++) {
      for (int t = 0; t < 3; t++) {
        alone.store(new float[] {10 * c + t}, new float[] {c}, r[c][t], v[c][t]);
        if (c == 0 && t == 1) {
          alone.finishPath(0);
        }
      }
      alone.finishPath(c == 0 ? 7 : 5);
    }
    OnPolicyBuffer.Batch a = both.get();
    OnPolicyBuffer.Batch b = alone.get();
    // Copy 0's steps, then copy 1's; the same targets as each copy's steps in a buffer of its own.
    assertArrayEquals(b.obs(), a.obs());
    assertArrayEquals(b.ret(), a.ret());
    assertArrayEquals(b.adv(), a.adv());
  }

  @Test
  void aCopyCannotFillAnotherCopysShare() {
    OnPolicyBuffer buf = new OnPolicyBuffer(1, 1, 4, 0.99, 0.97, 2);
    buf.store(1, new float[] {0}, new float[] {0}, 1, 0);
    buf.store(1, new float[] {0}, new float[] {0}, 1, 0);
    assertThrows(IllegalStateException.class,
        () -> buf.store(1, new float[] {0}, new float[] {0}, 1, 0));
  }
}
