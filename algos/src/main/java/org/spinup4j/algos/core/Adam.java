package org.spinup4j.algos.core;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Adam over a fixed list of tensors, with PyTorch's exact update rule and defaults (betas 0.9 and
 * 0.999, eps 1e-8, eps added after the bias-corrected square root), so learning curves match the
 * reference step for step. DJL's own Adam places eps differently.
 *
 * <p>{@link #minimize} is the whole gradient step: record the loss's graph, backpropagate, update
 * every tensor, and zero the gradients, since they accumulate across backward calls otherwise.
 */
public final class Adam {
  private static final double BETA1 = 0.9;
  private static final double BETA2 = 0.999;
  private static final double EPS = 1e-8;

  /** A negative bound tells the engine's fused update not to clip: one pass less per tensor. */
  private static final float NO_CLIPPING = -1f;

  private final List<NDArray> params;
  private final List<NDArray> m = new ArrayList<>();
  private final List<NDArray> v = new ArrayList<>();
  private final double lr;
  private int t;

  /** The optimizer's moment estimates live in {@code manager} (the network's). */
  public Adam(NDManager manager, List<NDArray> params, double lr) {
    this.params = List.copyOf(params);
    this.lr = lr;
    for (NDArray p : this.params) {
      m.add(manager.zeros(p.getShape(), p.getDataType()));
      v.add(manager.zeros(p.getShape(), p.getDataType()));
    }
  }

  /**
   * One gradient-descent step on {@code loss}: computes it with gradients recorded, backpropagates
   * and updates the tensors. Call it inside an {@link ai.djl.ndarray.NDScope} (see {@link
   * Scope}) so the graph's temporaries are freed. Returns the loss record, computed before the
   * step, for logging.
   */
  public <L extends Loss> L minimize(Supplier<L> loss) {
    L result;
    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
      result = loss.get();
      collector.backward(result.value());
    }
    step();
    return result;
  }

  /**
   * Like {@link #minimize}, but the step is taken only if {@code accept} holds for the loss just
   * computed (its graph recorded, nothing backpropagated yet). PPO uses it to stop early when the
   * approximate KL of the loss it is about to step on is already too large, without computing the
   * loss twice. Returns the loss either way.
   */
  public <L extends Loss> L minimizeIf(Supplier<L> loss, Predicate<? super L> accept) {
    L result;
    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
      result = loss.get();
      if (!accept.test(result)) {
        return result;
      }
      collector.backward(result.value());
    }
    step();
    return result;
  }

  /** Applies the update from the gradients already accumulated on the tensors, then zeroes them. */
  private void step() {
    // In-place updates need recording off on this thread; the collector only restores what it
    // found, and a thread other than the one that loaded the engine starts with it on.
    Torch.recordNoGradients();
    t++;
    double bias1 = 1 - Math.pow(BETA1, t);
    double bias2Sqrt = Math.sqrt(1 - Math.pow(BETA2, t));
    // PyTorch's rule, p -= lr/bias1 * m / (sqrt(v)/bias2Sqrt + eps), rewritten as
    // p -= (lr * bias2Sqrt/bias1) * m / (sqrt(v) + eps * bias2Sqrt): the form of the engine's
    // fused update, one native call per tensor instead of ten.
    float stepSize = (float) (lr * bias2Sqrt / bias1);
    float eps = (float) (EPS * bias2Sqrt);
    for (int i = 0; i < params.size(); i++) {
      NDArray p = params.get(i);
      try (NDArray g = p.getGradient()) {
        p.getNDArrayInternal().adamUpdate(new NDList(p, g, m.get(i), v.get(i)),
            new NDList(p), 1f, stepSize, 0f, 1f, NO_CLIPPING,
            (float) BETA1, (float) BETA2, eps, true, false);
      }
    }
  }
}
