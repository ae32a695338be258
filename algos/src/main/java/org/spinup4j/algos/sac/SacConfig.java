package org.spinup4j.algos.sac;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.spinup4j.algos.core.AlgoConfig;
import org.spinup4j.algos.core.OffPolicyConfig;
import org.spinup4j.algos.core.Values;

/**
 * SAC's hyperparameters: those all off-policy algorithms share ({@link OffPolicyConfig}) and
 * SAC's own. Each default is written once, in {@link #defaults()}; change values by name:
 * {@code SacConfig.defaults().toBuilder().alpha(Alpha.AUTO).common(c -> c.epochs(10)).build()}.
 *
 * @param common the interaction loop, replay buffer, targets and networks
 * @param lr learning rate of the Adam optimizers of the policy, the Q functions and (with {@code
 *     alpha auto}) the entropy coefficient. Default 1e-3.
 * @param alpha entropy regularisation coefficient, the inverse of the reward scale in the
 *     original SAC paper: larger values reward exploration. A number fixes it (Spinning Up's
 *     only choice); {@code auto} learns it (see {@link Alpha}). Default 0.2.
 */
public record SacConfig(OffPolicyConfig common, double lr, Alpha alpha)
    implements AlgoConfig<SacConfig> {

  public SacConfig {
    Values.positive("lr", lr);
  }

  /**
   * The entropy coefficient: a fixed {@code value}, or learned ({@code auto}). Learned, {@code
   * log alpha} starts at 0 (alpha = 1) and takes Adam steps on {@code J(alpha) = -mean(log alpha
   * * (log pi(a|s) + target_entropy))} with target entropy {@code -dim(A)} (Haarnoja et al. 2018,
   * "Soft Actor-Critic Algorithms and Applications", section 5).
   */
  public record Alpha(boolean auto, double value) {
    public static final Alpha AUTO = new Alpha(true, 1.0);

    public Alpha {
      Values.nonNegative("alpha", value);
    }

    public static Alpha fixed(double value) {
      return new Alpha(false, value);
    }

    /**
     * Reads {@code auto} or a number.
     *
     * @throws IllegalArgumentException naming the value and what is allowed
     */
    public static Alpha parse(Object value) {
      String text = String.valueOf(value).trim();
      if (text.equalsIgnoreCase("auto")) {
        return AUTO;
      }
      try {
        return fixed(Double.parseDouble(text));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "--alpha: '" + value + "' is not a number or 'auto'");
      }
    }

    /** "auto", or the fixed value (a number in config.json). */
    Object toJson() {
      return auto ? "auto" : value;
    }

    @Override
    public String toString() {
      return auto ? "auto" : Double.toString(value);
    }
  }

  /** Spinning Up's defaults. */
  public static SacConfig defaults() {
    return new SacConfig(OffPolicyConfig.defaults(), 1e-3, Alpha.fixed(0.2));
  }

  /** Values by Spinning Up's parameter names: the shared ones, then SAC's own. */
  @Override
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>(common.toMap());
    m.put("lr", lr);
    m.put("alpha", alpha.toJson());
    return m;
  }

  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Changes values by name; {@link #set} takes Spinning Up's names (command line, grids). */
  public static final class Builder implements AlgoConfig.Builder<SacConfig> {
    private final OffPolicyConfig.Builder common;
    private double lr;
    private Alpha alpha;

    private Builder(SacConfig c) {
      common = c.common.toBuilder();
      lr = c.lr;
      alpha = c.alpha;
    }

    /** Changes shared values: {@code common(c -> c.epochs(10).startSteps(1000))}. */
    public Builder common(Consumer<OffPolicyConfig.Builder> change) {
      change.accept(common);
      return this;
    }

    public Builder lr(double v) { lr = v; return this; }
    public Builder alpha(Alpha v) { alpha = v; return this; }

    /**
     * Sets a value by its Spinning Up name.
     *
     * @return false if SAC has no parameter of that name
     */
    @Override
    public boolean set(String name, Object value) {
      switch (name) {
        case "lr" -> lr = Values.toDouble(name, value);
        case "alpha" -> alpha = Alpha.parse(value);
        default -> {
          return common.set(name, value);
        }
      }
      return true;
    }

    @Override
    public SacConfig build() {
      return new SacConfig(common.build(), lr, alpha);
    }
  }
}
