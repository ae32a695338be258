package org.spinup4j.algos.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Random;
import org.spinup4j.algos.engine.HostView;
import org.spinup4j.algos.nn.Parameters;

/**
 * Target networks by Polyak averaging: {@code theta_targ <- rho theta_targ + (1 - rho) theta},
 * with {@code rho} close to 1 (0.995), so the targets of the Bellman backup move slowly.
 *
 * <p>Call {@link #update} after the gradient step, inside a {@link
 * org.spinup4j.algos.engine.NoGrad} region, as Spinning Up does under {@code torch.no_grad()}: the
 * update is in place and must record no graph (in-place updates of trainable tensors are refused
 * while recording). On
 * the CPU it is one Java pass over each tensor's memory; on a GPU, engine operations whose one
 * temporary per tensor, {@code (1 - rho) theta}, belongs to the network's long-lived manager and
 * is closed here at once rather than left to pile up there.
 */
public final class Polyak {
  /**
   * The generator for a target network's initial weights, which {@link #initialise} overwrites at
   * once: the algorithm's own seeded generator is left untouched (the reference deep-copies).
   */
  public static final Random UNUSED_INIT = new Random(0);

  private Polyak() {}

  /** {@code target <- rho target + (1 - rho) source}, tensor by tensor, in place. */
  public static void update(List<NDArray> target, List<NDArray> source, double rho) {
    if (target.size() != source.size()) {
      throw new IllegalArgumentException(
          "parameter lists differ: " + target.size() + " vs " + source.size());
    }
    if (target.isEmpty()) {
      return;
    }
    if (target.stream().allMatch(HostView::available)
        && source.stream().allMatch(HostView::available)) {
      updateInHostMemory(target, source, rho);
    } else {
      updateWithEngine(target, source, rho);
    }
  }

  /**
   * One pass per tensor in Java instead of three engine passes and a temporary. Each product and
   * the sum round as the engine's separate operations do, so the result is the same to the bit.
   */
  static void updateInHostMemory(List<NDArray> target, List<NDArray> source, double rho) {
    float keep = (float) rho;
    float mix = (float) (1 - rho);
    for (int i = 0; i < target.size(); i++) {
      FloatBuffer t = HostView.of(target.get(i));
      FloatBuffer s = HostView.of(source.get(i));
      for (int j = 0, n = t.capacity(); j < n; j++) {
        t.put(j, t.get(j) * keep + s.get(j) * mix);
      }
    }
  }

  /** The same update with engine operations, for tensors Java cannot see (on a GPU). */
  static void updateWithEngine(List<NDArray> target, List<NDArray> source, double rho) {
    // The two factors as tensors, made once per call: DJL turns each Java number in an operation
    // into a fresh native tensor, which would be two per parameter tensor.
    NDManager manager = target.get(0).getManager();
    try (NDArray keep = manager.create((float) rho);
        NDArray mix = manager.create((float) (1 - rho))) {
      for (int i = 0; i < target.size(); i++) {
        try (NDArray share = source.get(i).mul(mix)) {
          target.get(i).muli(keep).addi(share);
        }
      }
    }
  }

  /**
   * Step 2 of the pseudocode, {@code theta_targ <- theta}: copies the values and switches off
   * gradients of the target, which is never trained directly.
   */
  public static void initialise(List<NDArray> target, List<NDArray> source) {
    Parameters.copy(source, target);
    for (NDArray p : target) {
      p.setRequiresGradient(false);
    }
  }
}
