package org.spinup4j.algos.engine;

import ai.djl.ndarray.NDArray;

/**
 * A number as a tensor, for products and quotients inside a loss: {@code x.mul(Scalar.of(x,
 * 0.5))} rather than {@code x.mul(0.5)}.
 *
 * <p>Why: DJL turns a Java number operand into a tensor over memory allocated from Java, and
 * closes that tensor as soon as the operation returns. A product or a quotient keeps its operand
 * for the backward pass, so the graph then points at memory that the garbage collector frees the
 * next time it runs; a collection between the forward and the backward pass made the gradient
 * read freed memory (SAC runs, and PPO runs with a Gaussian policy, came out different from run to
 * run, or NaN, under a small heap). The tensor made here belongs to the enclosing {@link Scope}
 * and stays open until the scope closes, after the backward pass. Sums and differences with a
 * number keep no operand, and outside a loss nothing is kept: both can take a plain number.
 */
public final class Scalar {
  private Scalar() {}

  /**
   * {@code value} as a float32 tensor of shape () in {@code like}'s manager (and on its device).
   * The engine rounds a number operand to float32 for a float32 tensor too, so results are the
   * same to the bit.
   */
  public static NDArray of(NDArray like, double value) {
    return like.getManager().create((float) value);
  }
}
