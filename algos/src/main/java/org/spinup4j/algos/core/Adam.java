package org.spinup4j.algos.core;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.nio.FloatBuffer;
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

  /** Views of the tensors and moments, if they live in CPU memory; null otherwise (a GPU). */
  private final FloatBuffer[] paramView;
  private final FloatBuffer[] mView;
  private final FloatBuffer[] vView;

  /** The optimizer's moment estimates live in {@code manager} (the network's). */
  public Adam(NDManager manager, List<NDArray> params, double lr) {
    this(manager, params, lr, params.stream().allMatch(HostView::available));
  }

  /** {@code inHostMemory}: update with Java loops (CPU tensors only) rather than the engine. */
  Adam(NDManager manager, List<NDArray> params, double lr, boolean inHostMemory) {
    this.params = List.copyOf(params);
    this.lr = lr;
    for (NDArray p : this.params) {
      m.add(manager.zeros(p.getShape(), p.getDataType()));
      v.add(manager.zeros(p.getShape(), p.getDataType()));
    }
    paramView = inHostMemory ? views(this.params) : null;
    mView = inHostMemory ? views(m) : null;
    vView = inHostMemory ? views(v) : null;
  }

  private static FloatBuffer[] views(List<NDArray> arrays) {
    return arrays.stream().map(HostView::of).toArray(FloatBuffer[]::new);
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
    // p -= (lr * bias2Sqrt/bias1) * m / (sqrt(v) + eps * bias2Sqrt), the form of the engine's
    // fused update, which the GPU path calls.
    float stepSize = (float) (lr * bias2Sqrt / bias1);
    float eps = (float) (EPS * bias2Sqrt);
    for (int i = 0; i < params.size(); i++) {
      NDArray p = params.get(i);
      try (NDArray g = p.getGradient()) {
        if (paramView != null) {
          stepInHostMemory(i, g, stepSize, eps);
        } else {
          p.getNDArrayInternal().adamUpdate(new NDList(p, g, m.get(i), v.get(i)),
              new NDList(p), 1f, stepSize, 0f, 1f, NO_CLIPPING,
              (float) BETA1, (float) BETA2, eps, true, false);
        }
      }
    }
  }

  /**
   * The same update as the engine's, in two passes over the tensor instead of ten: the engine
   * makes a pass (and often a new tensor) per operation, and for the 256x256 layers of the
   * off-policy networks those passes, not the arithmetic, were a third of an update. Every
   * operation rounds as the engine's does (fused multiply-adds where its kernels fuse), so the
   * tensors come out bit for bit the same; the square root is left to the engine, whose MKL
   * routine rounds differently from Java's in the last bit.
   */
  private void stepInHostMemory(int i, NDArray gradient, float stepSize, float eps) {
    FloatBuffer g = HostView.of(gradient);
    FloatBuffer first = mView[i];
    FloatBuffer second = vView[i];
    float beta1 = (float) BETA1;
    float beta2 = (float) BETA2;
    float oneMinusBeta1 = 1f - beta1;
    float oneMinusBeta2 = 1f - beta2;
    int n = g.capacity();
    // m <- beta1 m + (1 - beta1) g and v <- beta2 v + (1 - beta2) g^2
    for (int j = 0; j < n; j++) {
      float gj = g.get(j);
      first.put(j, flushSubnormal(Math.fma(gj, oneMinusBeta1, first.get(j) * beta1)));
      second.put(j, flushSubnormal(Math.fma(oneMinusBeta2 * gj, gj, second.get(j) * beta2)));
      g.put(j, 0f); // gradients accumulate across backward calls
    }
    // p <- p - stepSize m / (sqrt(v) + eps)
    try (NDArray rootV = v.get(i).sqrt()) {
      FloatBuffer root = HostView.of(rootV);
      FloatBuffer p = paramView[i];
      for (int j = 0; j < n; j++) {
        p.put(j, p.get(j) - first.get(j) * stepSize / (root.get(j) + eps));
      }
    }
  }

  /**
   * Zero for a subnormal value (below 2^-126 in magnitude), else the value. A weight whose gradient
   * stays zero (a ReLU unit that never fires) has its first moment shrink by 0.9 a step into the
   * subnormal range, where each arithmetic operation on it costs the processor a hundred cycles
   * or more: in DDPG that made the moment updates a fifth of the run time. Flushing changes no
   * weight: such an m moves its weight by at most 2^-99 times the learning rate, and such a v
   * changes sqrt(v) + eps by less than eps's last bit. (The engine's path, for GPUs, does not
   * flush; GPUs compute on subnormals at full speed.)
   */
  private static float flushSubnormal(float x) {
    return Math.abs(x) < Float.MIN_NORMAL ? 0f : x;
  }
}
