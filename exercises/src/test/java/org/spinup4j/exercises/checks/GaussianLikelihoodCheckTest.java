package org.spinup4j.exercises.checks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import org.junit.jupiter.api.Test;
import org.spinup4j.algos.nn.DiagonalGaussian;

class GaussianLikelihoodCheckTest {
  private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

  @Test
  void theCoreDiagonalGaussianPasses() {
    Verdict v = GaussianLikelihoodCheck.check((x, mu, logStd) ->
        new DiagonalGaussian(mu, logStd).logProb(x));
    assertTrue(v.passed(), v.line());
  }

  @Test
  void leavingOutTheNormalisingConstantFails() {
    Verdict v = GaussianLikelihoodCheck.check((x, mu, logStd) ->
        x.sub(mu).div(logStd.exp()).square().mul(-0.5).sub(logStd).sum(new int[] {-1}));
    assertFalse(v.passed());
    assertTrue(v.message().contains("expected"), v.message());
  }

  @Test
  void treatingLogStdAsTheStandardDeviationFails() {
    Verdict v = GaussianLikelihoodCheck.check((x, mu, logStd) ->
        x.sub(mu).div(logStd).square().mul(-0.5).sub(logStd.log()).sub(LOG_SQRT_2PI)
            .sum(new int[] {-1}));
    assertFalse(v.passed(), v.line());
  }

  @Test
  void aDetachedLogStdTermFailsOnItsGradient() {
    // Right values, but the -log sigma term passes no gradient back to logStd.
    Verdict v = GaussianLikelihoodCheck.check((x, mu, logStd) ->
        x.sub(mu).div(logStd.exp()).square().mul(-0.5).sub(logStd.stopGradient())
            .sub(LOG_SQRT_2PI).sum(new int[] {-1}));
    assertFalse(v.passed());
    assertTrue(v.message().contains("gradient of sum_i w_i logProb_i with respect to logStd"),
        v.message());
  }

  @Test
  void aDetachedMeanFailsOnItsGradient() {
    Verdict v = GaussianLikelihoodCheck.check((x, mu, logStd) ->
        perDimension(x, mu.stopGradient(), logStd).sum(new int[] {-1}));
    assertFalse(v.passed());
    assertTrue(v.message().contains("with respect to mu"), v.message());
  }

  @Test
  void summingOverTheWholeBatchFailsOnTheShape() {
    Verdict v = GaussianLikelihoodCheck.check((x, mu, logStd) -> perDimension(x, mu, logStd).sum());
    assertFalse(v.passed());
    assertTrue(v.message().contains("returned shape"), v.message());
  }

  @Test
  void anAnswerThatThrowsFailsNamingTheException() {
    Verdict v = GaussianLikelihoodCheck.check((x, mu, logStd) -> {
      throw new UnsupportedOperationException("not yet");
    });
    assertFalse(v.passed());
    assertTrue(v.message().contains("UnsupportedOperationException: not yet"), v.message());
  }

  private static NDArray perDimension(NDArray x, NDArray mu, NDArray logStd) {
    return x.sub(mu).div(logStd.exp()).square().mul(-0.5).sub(logStd).sub(LOG_SQRT_2PI);
  }
}
