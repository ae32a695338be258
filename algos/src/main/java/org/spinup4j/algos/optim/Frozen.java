package org.spinup4j.algos.optim;

import ai.djl.ndarray.NDArray;
import java.util.List;

/**
 * Tensors that record no gradient for the length of a block, Spinning Up's {@code for p in
 * q_params: p.requires_grad = False} and back:
 * {@code try (Frozen frozen = Frozen.of(q.parameters()); Autograd autograd = ...) { ... }}.
 *
 * <p>Why: the actor's loss in DDPG, TD3 and SAC goes through a Q function. Backpropagating it
 * would also leave gradients on Q's weights, and gradients accumulate until an optimizer that owns
 * the tensor zeroes them; the policy's optimizer does not own Q's weights, so the next Q update
 * would step along the sum of its own gradient and the policy's. Freezing Q stops those
 * gradients from being computed at all (and saves the work); closing unfreezes it.
 */
public final class Frozen implements AutoCloseable {
  private final List<NDArray> params;

  private Frozen(List<NDArray> params) {
    this.params = params;
    params.forEach(p -> p.setRequiresGradient(false));
  }

  /** Freezes {@code params} until {@link #close()}. */
  public static Frozen of(List<NDArray> params) {
    return new Frozen(List.copyOf(params));
  }

  @Override
  public void close() {
    params.forEach(p -> p.setRequiresGradient(true));
  }
}
