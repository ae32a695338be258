package org.spinup4j.algos.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ActivationTest {
  /** The acting path's tanh may differ from Math.tanh only by rounding, and only rarely. */
  @Test
  void plainTanhRoundsLikeMathTanhAlmostAlwaysAndNeverByMoreThanOneUlp() {
    Random rng = new Random(7);
    int differ = 0;
    int n = 2_000_000;
    for (int k = 0; k < n; k++) {
      // Both typical pre-activations and arguments spread over many magnitudes.
      float x = (float) (k % 2 == 0
          ? rng.nextGaussian() * 3
          : (rng.nextDouble() * 50 - 25) * Math.pow(10, -rng.nextInt(9)));
      float expected = (float) Math.tanh(x);
      float got = Activation.TANH.apply(x);
      if (got != expected) {
        differ++;
        assertTrue(Math.abs(got - expected) <= Math.ulp(expected), "tanh(" + x + ")");
      }
    }
    assertTrue(differ <= 20, differ + " of " + n + " arguments differ from Math.tanh");
  }

  @Test
  void plainTanhKeepsSignedZeroSaturatesAndPropagatesNan() {
    assertEquals(Float.floatToIntBits(-0f), Float.floatToIntBits(Activation.TANH.apply(-0f)));
    assertEquals(1f, Activation.TANH.apply(Float.POSITIVE_INFINITY));
    assertEquals(-1f, Activation.TANH.apply(-400f));
    assertEquals(1f, Activation.TANH.apply(20.5f));
    assertTrue(Float.isNaN(Activation.TANH.apply(Float.NaN)));
    assertEquals((float) Math.tanh(1e-5f), Activation.TANH.apply(1e-5f));
  }
}
