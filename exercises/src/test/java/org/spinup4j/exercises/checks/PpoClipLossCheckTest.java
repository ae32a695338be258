package org.spinup4j.exercises.checks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import org.junit.jupiter.api.Test;

class PpoClipLossCheckTest {

  @Test
  void spinningUpsFirstFormulationWithAFixedClippedTermPasses() {
    // min(ratio * A, g(eps, A)) with g = (1 + eps) A for A >= 0, (1 - eps) A otherwise: the same
    // objective written differently, so the check must accept it.
    Verdict v = PpoClipLossCheck.check((logp, logpOld, adv, eps) -> {
      NDArray ratio = logp.sub(logpOld).exp();
      NDArray g = adv.gte(0).toType(DataType.FLOAT32, false).mul(2 * eps).add(1 - eps).mul(adv);
      NDArray loss = ratio.mul(adv).minimum(g).mean().neg();
      return new PpoClipLossCheck.Values(loss, kl(logp, logpOld), clipFrac(ratio, eps));
    });
    assertTrue(v.passed(), v.line());
  }

  @Test
  void theUnclippedSurrogateFailsOnTheLoss() {
    Verdict v = PpoClipLossCheck.check((logp, logpOld, adv, eps) -> {
      NDArray ratio = logp.sub(logpOld).exp();
      NDArray loss = ratio.mul(adv).mean().neg();
      return new PpoClipLossCheck.Values(loss, kl(logp, logpOld), clipFrac(ratio, eps));
    });
    assertFalse(v.passed());
    assertTrue(v.message().contains("the loss is"), v.message());
  }

  @Test
  void clippingWithoutTheMinimumFails() {
    Verdict v = PpoClipLossCheck.check((logp, logpOld, adv, eps) -> {
      NDArray ratio = logp.sub(logpOld).exp();
      NDArray loss = ratio.clip(1 - eps, 1 + eps).mul(adv).mean().neg();
      return new PpoClipLossCheck.Values(loss, kl(logp, logpOld), clipFrac(ratio, eps));
    });
    assertFalse(v.passed(), v.line());
  }

  @Test
  void aLossRebuiltFromFloatsFailsOnBackpropagation() {
    Verdict v = PpoClipLossCheck.check((logp, logpOld, adv, eps) -> {
      NDArray ratio = logp.sub(logpOld).exp();
      float value = ratio.mul(adv).minimum(ratio.clip(1 - eps, 1 + eps).mul(adv)).mean().neg()
          .getFloat();
      return new PpoClipLossCheck.Values(logp.getManager().create(value), kl(logp, logpOld),
          clipFrac(ratio, eps));
    });
    assertFalse(v.passed());
    assertTrue(v.message().contains("backpropagating"), v.message());
  }

  @Test
  void theKlWithTheWrongSignFails() {
    Verdict v = PpoClipLossCheck.check((logp, logpOld, adv, eps) -> {
      NDArray ratio = logp.sub(logpOld).exp();
      NDArray loss = ratio.mul(adv).minimum(ratio.clip(1 - eps, 1 + eps).mul(adv)).mean().neg();
      return new PpoClipLossCheck.Values(loss, -kl(logp, logpOld), clipFrac(ratio, eps));
    });
    assertFalse(v.passed());
    assertTrue(v.message().contains("approxKl"), v.message());
  }

  @Test
  void aClipFractionCountingOnlyTheUpperSideFails() {
    Verdict v = PpoClipLossCheck.check((logp, logpOld, adv, eps) -> {
      NDArray ratio = logp.sub(logpOld).exp();
      NDArray loss = ratio.mul(adv).minimum(ratio.clip(1 - eps, 1 + eps).mul(adv)).mean().neg();
      float upper = ratio.gt(1 + eps).toType(DataType.FLOAT32, false).mean().getFloat();
      return new PpoClipLossCheck.Values(loss, kl(logp, logpOld), upper);
    });
    assertFalse(v.passed());
    assertTrue(v.message().contains("clipFrac"), v.message());
  }

  private static float kl(NDArray logp, NDArray logpOld) {
    return logpOld.sub(logp).mean().getFloat();
  }

  private static float clipFrac(NDArray ratio, double eps) {
    NDArray clipped = ratio.gt(1 + eps).logicalOr(ratio.lt(1 - eps));
    return clipped.toType(DataType.FLOAT32, false).mean().getFloat();
  }
}
