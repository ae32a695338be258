package org.spinup4j.algos.core;

import static org.spinup4j.algos.core.Check.any;

import java.io.IOException;
import org.spinup4j.algos.nn.Policy;
import org.spinup4j.algos.saving.ResumeState;

/**
 * Observation normalisation ({@code --normalize_obs}), as Stable-Baselines3's VecNormalize does
 * it: a running mean and variance of every observation the agent collects, and the agent sees
 * {@code clip((o - mean) / sqrt(var + 1e-8), -10, 10)} instead of {@code o}. Test episodes and
 * test_policy use the statistics without changing them. Switched off (the default, Spinning
 * Up's behaviour) it is the identity and costs nothing.
 *
 * <p>The statistics are saved in each model's description ({@code pyt_save/model*.json}), so
 * test_policy normalises as training did, and in the resume state. The off-policy replay buffer
 * keeps raw observations and normalises a minibatch with the statistics of the moment it is
 * drawn, so old transitions are not stuck with old statistics.
 */
public final class ObsNormalizer implements ResumeState.Part {
  public static final Param<Boolean> NORMALIZE_OBS = Param.of("normalize_obs", Param.Type.BOOL,
      false, any(), "Normalise observations by their running mean and variance (as SB3's "
          + "VecNormalize); true or false.");

  /** Normalised observations are clipped to [-CLIP, CLIP]. */
  static final double CLIP = 10;
  /** Added to the variance before its square root. */
  static final double EPSILON = 1e-8;
  /** The count the statistics start from, with mean 0 and variance 1 (SB3's epsilon). */
  static final double START_COUNT = 1e-4;

  private final boolean on;
  private final double[] mean;
  private final double[] var;
  private double count = START_COUNT;

  /** Statistics of {@code dim}-dimensional observations, or the identity when not {@code on}. */
  public ObsNormalizer(boolean on, int dim) {
    this.on = on;
    mean = new double[dim];
    var = new double[dim];
    java.util.Arrays.fill(var, 1);
  }

  /** Fixed statistics (test_policy: those a model was saved with). */
  public static ObsNormalizer of(double[] mean, double[] var) {
    ObsNormalizer n = new ObsNormalizer(true, mean.length);
    System.arraycopy(mean, 0, n.mean, 0, mean.length);
    System.arraycopy(var, 0, n.var, 0, var.length);
    return n;
  }

  public boolean on() {
    return on;
  }

  /**
   * Adds a batch of observations (one per copy of the environment) to the statistics: the
   * batch's mean and variance merged into the running ones (Chan et al.'s parallel update).
   */
  public void update(float[][] batch) {
    if (!on) {
      return;
    }
    int n = batch.length;
    double total = count + n;
    for (int j = 0; j < mean.length; j++) {
      double batchMean = 0;
      for (float[] o : batch) {
        batchMean += o[j];
      }
      batchMean /= n;
      double batchVar = 0;
      for (float[] o : batch) {
        batchVar += (o[j] - batchMean) * (o[j] - batchMean);
      }
      batchVar /= n;
      double delta = batchMean - mean[j];
      double m2 = var[j] * count + batchVar * n + delta * delta * count * n / total;
      mean[j] += delta * n / total;
      var[j] = m2 / total;
    }
    count = total;
  }

  /** What the agent sees of {@code o}: {@code o} itself when switched off. */
  public float[] apply(float[] o) {
    if (!on) {
      return o;
    }
    float[] x = new float[o.length];
    for (int j = 0; j < o.length; j++) {
      x[j] = normalised(o[j], j);
    }
    return x;
  }

  /** {@link #apply} in place on rows of a row-major table (a replay minibatch). */
  public void applyToRows(float[] rows) {
    if (!on) {
      return;
    }
    for (int i = 0; i < rows.length; i++) {
      rows[i] = normalised(rows[i], i % mean.length);
    }
  }

  private float normalised(float o, int j) {
    double x = (o - mean[j]) / Math.sqrt(var[j] + EPSILON);
    return (float) Math.max(-CLIP, Math.min(CLIP, x));
  }

  /** {@code pi} acting on normalised observations; {@code pi} itself when switched off. */
  public Policy normalising(Policy pi) {
    return on ? (obs, rng, deterministic) -> pi.act(apply(obs), rng, deterministic) : pi;
  }

  /** The running mean, or null when switched off (a model's description then has none). */
  public double[] mean() {
    return on ? mean.clone() : null;
  }

  /** The running variance, or null when switched off. */
  public double[] var() {
    return on ? var.clone() : null;
  }

  @Override
  public void save(ResumeState.Out out) throws IOException {
    out.writeDouble(count);
    for (int j = 0; j < mean.length; j++) {
      out.writeDouble(mean[j]);
      out.writeDouble(var[j]);
    }
  }

  @Override
  public void restore(ResumeState.In in) throws IOException {
    count = in.readDouble();
    for (int j = 0; j < mean.length; j++) {
      mean[j] = in.readDouble();
      var[j] = in.readDouble();
    }
  }
}
