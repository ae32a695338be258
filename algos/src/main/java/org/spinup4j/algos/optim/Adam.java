package org.spinup4j.algos.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.spinup4j.algos.engine.Autograd;
import org.spinup4j.algos.engine.HostView;
import org.spinup4j.algos.engine.NoGrad;
import org.spinup4j.algos.engine.Scope;
import org.spinup4j.algos.saving.ResumeState;

/**
 * Adam over a fixed list of tensors, with PyTorch's exact update rule and defaults (betas 0.9 and
 * 0.999, eps 1e-8, eps added after the bias-corrected square root), so learning curves match the
 * reference step for step. DJL's own Adam places eps differently.
 *
 * <p>{@link #step} applies the gradients that a backward pass left on the tensors and zeroes them,
 * since they accumulate across backward calls otherwise; the algorithms call it inside their
 * {@link Autograd} region, as Spinning Up calls {@code optimizer.step()}. {@link #minimize} is the
 * same gradient step in one call, the short form the exercises and notebooks use.
 */
public final class Adam implements ResumeState.Part {
  private static final double BETA1 = 0.9;
  private static final double BETA2 = 0.999;
  private static final double EPS = 1e-8;

  /** A negative bound tells the engine's fused update not to clip: one pass less per tensor. */
  private static final float NO_CLIPPING = -1f;

  private final List<NDArray> params;
  private final double lr;
  private int t;

  /** On a GPU: the moments, as tensors beside the weights, for the engine's fused update. */
  private final List<NDArray> m = new ArrayList<>();
  private final List<NDArray> v = new ArrayList<>();

  /** On the CPU: the moments in Java arrays, and what the Java loops need (null on a GPU). */
  private final HostMoments host;

  /** On a GPU the moments are tensors in {@code manager}, the network's. */
  public Adam(NDManager manager, List<NDArray> params, double lr) {
    this(manager, params, lr, params.stream().allMatch(HostView::available));
  }

  /** {@code inHostMemory}: update with Java loops (CPU tensors only) rather than the engine. */
  Adam(NDManager manager, List<NDArray> params, double lr, boolean inHostMemory) {
    this.params = List.copyOf(params);
    this.lr = lr;
    if (inHostMemory) {
      host = new HostMoments(this.params);
    } else {
      host = null;
      for (NDArray p : this.params) {
        m.add(manager.zeros(p.getShape(), p.getDataType()));
        v.add(manager.zeros(p.getShape(), p.getDataType()));
      }
    }
  }

  /**
   * The whole gradient step in one call, for short programs (the exercises, the notebooks): records
   * {@code loss}'s graph, backpropagates it and steps. The algorithms write the same four lines out,
   * as Spinning Up does ({@link Autograd}). Call it inside a {@link Scope} so the graph's
   * temporaries are freed. Returns the loss record, computed before the step, for logging.
   */
  public <L extends Loss> L minimize(Supplier<L> loss) {
    L result;
    try (Autograd autograd = Autograd.record()) {
      result = loss.get();
      autograd.backward(result.value());
    }
    step();
    return result;
  }

  /** Saves the step count and both moments of every tensor (for resuming a run). */
  @Override
  public void save(ResumeState.Out out) throws java.io.IOException {
    out.writeInt(t);
    out.writeInt(params.size());
    for (int i = 0; i < params.size(); i++) {
      out.writeFloats(host != null ? host.first[i] : m.get(i).toFloatArray());
      out.writeFloats(host != null ? host.second[i] : v.get(i).toFloatArray());
    }
  }

  @Override
  public void restore(ResumeState.In in) throws java.io.IOException {
    t = in.readInt();
    in.expect("optimised tensors", params.size(), in.readInt());
    for (int i = 0; i < params.size(); i++) {
      int n = Math.toIntExact(params.get(i).size());
      if (host != null) {
        in.readFloats(host.first[i], 0, n);
        in.readFloats(host.second[i], 0, n);
      } else {
        m.get(i).set(FloatBuffer.wrap(in.readFloats(n)));
        v.get(i).set(FloatBuffer.wrap(in.readFloats(n)));
      }
    }
  }

  /**
   * PyTorch's {@code optimizer.step()} followed by {@code zero_grad()}: applies the gradients that
   * {@link Autograd#backward} accumulated on the tensors, then zeroes them.
   */
  public void step() {
    // Like PyTorch's step, a no-grad region: the weights change in place, which must not be
    // recorded (and is refused while recording), even when called inside an Autograd region.
    try (NoGrad noGrad = NoGrad.enter()) {
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
          if (host != null) {
            host.step(i, g, stepSize, eps);
          } else {
            p.getNDArrayInternal().adamUpdate(new NDList(p, g, m.get(i), v.get(i)),
                new NDList(p), 1f, stepSize, 0f, 1f, NO_CLIPPING,
                (float) BETA1, (float) BETA2, eps, true, false);
          }
        }
      }
    }
  }

  /**
   * The CPU update: the same as the engine's, in one Java loop over plain arrays instead of ten
   * engine passes. The engine makes a pass (and often a new tensor) per operation, and for the
   * 256x256 layers of the off-policy networks those passes, not the arithmetic, were a third of
   * an update; a loop over arrays, unlike a loop over a tensor's memory, is compiled to vector
   * instructions (the square root included). Every operation but the square root rounds as the
   * engine's does (fused multiply-adds where its kernels fuse); the square root is IEEE's correctly
   * rounded one, which the engine's vectorised routine misses by a last bit now and then.
   */
  private static final class HostMoments {
    private final FloatBuffer[] weights;
    private final float[][] first;
    private final float[][] second;
    /** Room for the largest tensor: its gradient, its weights, zeros to clear a gradient with. */
    private final float[] gradient;
    private final float[] weight;
    private final float[] zeros;

    HostMoments(List<NDArray> params) {
      int count = params.size();
      weights = new FloatBuffer[count];
      first = new float[count][];
      second = new float[count][];
      int largest = 0;
      for (int i = 0; i < count; i++) {
        NDArray p = params.get(i);
        int n = Math.toIntExact(p.size());
        weights[i] = HostView.of(p);
        first[i] = new float[n];
        second[i] = new float[n];
        largest = Math.max(largest, n);
      }
      gradient = new float[largest];
      weight = new float[largest];
      zeros = new float[largest];
    }

    void step(int i, NDArray g, float stepSize, float eps) {
      float[] m = first[i];
      float[] v = second[i];
      int n = m.length;
      // Copy the gradient out and zero it: gradients accumulate across backward calls.
      FloatBuffer gradientView = HostView.of(g);
      gradientView.get(0, gradient, 0, n);
      gradientView.put(0, zeros, 0, n);
      FloatBuffer w = weights[i];
      w.get(0, weight, 0, n);
      float beta1 = (float) BETA1;
      float beta2 = (float) BETA2;
      float oneMinusBeta1 = 1f - beta1;
      float oneMinusBeta2 = 1f - beta2;
      for (int j = 0; j < n; j++) {
        float gj = gradient[j];
        // m <- beta1 m + (1 - beta1) g and v <- beta2 v + (1 - beta2) g^2
        float mj = flushSubnormal(Math.fma(gj, oneMinusBeta1, m[j] * beta1));
        float vj = flushSubnormal(Math.fma(oneMinusBeta2 * gj, gj, v[j] * beta2));
        m[j] = mj;
        v[j] = vj;
        // p <- p - stepSize m / (sqrt(v) + eps); the float's root taken in double and rounded
        // back is the correctly rounded float root, and the compiler makes it one vector sqrt.
        weight[j] = weight[j] - mj * stepSize / ((float) Math.sqrt(vj) + eps);
      }
      w.put(0, weight, 0, n);
    }
  }

  /** Scales a subnormal magnitude (below 2^-126) to below 1/2, and a normal one to at least 1/2. */
  private static final float SUBNORMAL_SCALE = 0x1p125f;

  /** 2^24 - 1: adding it rounds a number in [0, 1] to an integer, 0 below 1/2 and 1 from it. */
  private static final float ROUND_TO_INTEGER = 0x1p24f - 1f;

  /**
   * Zero for a subnormal value (below 2^-126 in magnitude), else the value. A weight whose gradient
   * stays zero (a ReLU unit that never fires) has its first moment shrink by 0.9 a step into the
   * subnormal range, where each arithmetic operation on it costs the processor a hundred cycles
   * or more: in DDPG that made the moment updates a fifth of the run time. Flushing changes no
   * weight: such an m moves its weight by at most 2^-99 times the learning rate, and such a v
   * changes sqrt(v) + eps by less than eps's last bit. (The engine's path, for GPUs, does not
   * flush; GPUs compute on subnormals at full speed.)
   *
   * <p>Written without a comparison, as {@code x * (0 or 1)}, because the compiler turns a loop
   * of this form into vector instructions and a loop with a conditional into one number at a time
   * (about seven times slower here): {@code min(|x| 2^125, 1)} is at least 1/2 for a normal x and
   * below 1/2 for a subnormal one, and adding and then subtracting 2^24 - 1 rounds it to 1 or 0.
   * Every step is exact ({@code AdamTest} checks all subnormals). The {@code + 0f} makes a
   * flushed negative value +0 rather than -0.
   */
  static float flushSubnormal(float x) {
    float scaled = Math.min(Math.abs(x) * SUBNORMAL_SCALE, 1f);
    float keep = (scaled + ROUND_TO_INTEGER) - ROUND_TO_INTEGER;
    return x * keep + 0f;
  }
}
