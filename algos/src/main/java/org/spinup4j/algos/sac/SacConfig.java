package org.spinup4j.algos.sac;

import static org.spinup4j.algos.core.Check.positive;

import org.spinup4j.algos.core.Check;
import org.spinup4j.algos.core.OffPolicyConfig;
import org.spinup4j.algos.core.Param;
import org.spinup4j.algos.core.Params;
import org.spinup4j.algos.core.Values;

/**
 * SAC's hyperparameters: those all off-policy algorithms share ({@link OffPolicyConfig}) and
 * SAC's own, each declared once with Spinning Up's name, default, allowed values and help.
 * Change values with {@code SacConfig.defaults().toBuilder().set(SacConfig.ALPHA, Alpha.AUTO)
 * .set(SacConfig.EPOCHS, 10).build()}.
 */
public final class SacConfig extends OffPolicyConfig<SacConfig> {
  // One rate for the Adam optimizers of the policy, the Q functions and (with alpha auto) the
  // entropy coefficient.
  public static final Param<Double> LR = Param.real("lr", 1e-3, positive(),
      "Learning rate (Adam) of the policy, the Q functions and a learned alpha.");
  // The entropy regularisation coefficient, the inverse of the reward scale in the original SAC
  // paper: larger values reward exploration. A number fixes it (Spinning Up's only choice);
  // auto learns it (see Alpha). Its range is checked as it is read (Alpha's constructor).
  public static final Param<Alpha> ALPHA = Param.of("alpha",
      new Param.Type<>("X|auto", (flag, v) -> Alpha.parse(v), Alpha::toJson), Alpha.fixed(0.2),
      Check.any(), "Entropy coefficient: a number, or auto to learn it toward entropy -dim(A)"
          + " (discrete actions: from " + DiscreteSac.ENTROPY_SCALE_START + " log|A| down to "
          + DiscreteSac.ENTROPY_SCALE_END + " log|A| over the first half of the run).");

  /** The shared ones first, then SAC's own, as in Spinning Up's signature. */
  static final Params<SacConfig> PARAMS = Params.of(SacConfig::new,
      STEPS_PER_EPOCH, EPOCHS, REPLAY_SIZE, GAMMA, POLYAK, BATCH_SIZE, START_STEPS, UPDATE_AFTER,
      UPDATE_EVERY, NUM_TEST_EPISODES, MAX_EP_LEN, SAVE_FREQ, HIDDEN_SIZES, ACTIVATION,
      LR, ALPHA, NUM_ENVS, NORMALIZE_OBS);

  private SacConfig(Builder<SacConfig> b) {
    super(b);
  }

  /** Spinning Up's defaults. */
  public static SacConfig defaults() {
    return PARAMS.defaults();
  }

  public double lr() { return get(LR); }
  public Alpha alpha() { return get(ALPHA); }

  /**
   * The entropy coefficient: a fixed {@code value}, or learned ({@code auto}). Learned, {@code
   * log alpha} starts at 0 (alpha = 1) and takes Adam steps on {@code J(alpha) = -mean(log alpha
   * * (log pi(a|s) + target_entropy))} with target entropy {@code -dim(A)} (Haarnoja et al. 2018,
   * "Soft Actor-Critic Algorithms and Applications", section 5); for discrete actions, the
   * falling target of {@code DiscreteSac.targetEntropy}.
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
}
