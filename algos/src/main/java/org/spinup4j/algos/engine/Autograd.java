package org.spinup4j.algos.engine;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.training.GradientCollector;

/**
 * A region whose operations are recorded, so that a loss computed in it can be backpropagated:
 * what PyTorch does implicitly before {@code loss.backward()}. A gradient step reads, as in
 * Spinning Up:
 *
 * <pre>{@code
 * try (Autograd autograd = Autograd.record()) {
 *   Loss loss = lossPi(data);            // loss_pi = compute_loss_pi(data), recorded
 *   autograd.backward(loss.value());     // loss_pi.backward()
 *   piOptimizer.step();                  // pi_optimizer.step(), a no-grad region of its own
 * }
 * }</pre>
 *
 * <p>Gradients accumulate on the tensors until the optimizer's step, which zeroes them (PyTorch's
 * {@code zero_grad()}). Closing the region stops the recording. Open it inside a {@link Scope},
 * which frees the graph's tensors when it closes.
 */
public final class Autograd implements AutoCloseable {
  private final GradientCollector collector;

  private Autograd() {
    RegionClock.enter();
    collector = Engine.getInstance().newGradientCollector();
  }

  /** Starts recording. */
  public static Autograd record() {
    return new Autograd();
  }

  /** Backpropagates {@code loss}: adds d loss / d w to the gradient of every trainable w. */
  public void backward(NDArray loss) {
    collector.backward(loss);
  }

  @Override
  public void close() {
    collector.close();
    RegionClock.exit();
  }
}
