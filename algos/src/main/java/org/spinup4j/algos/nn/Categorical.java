package org.spinup4j.algos.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/** A categorical distribution over {@code k} actions, from unnormalised logits {@code (n, k)}. */
public final class Categorical implements Distribution {
  private final NDArray logProbs;

  public Categorical(NDArray logits) {
    this.logProbs = logits.logSoftmax(-1);
  }

  /** log pi(.|s) for every action, {@code (n, k)}: what discrete SAC takes expectations with. */
  public NDArray logProbs() {
    return logProbs;
  }

  /** log pi(a|s) = log softmax(logits)[a]. */
  @Override
  public NDArray logProb(NDArray actions) {
    NDArray index = actions.toType(DataType.INT64, false).reshape(-1, 1);
    return logProbs.gather(index, 1).squeeze(1);
  }

  /** H = -sum_a p(a) log p(a). */
  @Override
  public NDArray entropy() {
    return logProbs.exp().mul(logProbs).sum(new int[] {-1}).neg();
  }
}
