package org.spinup4j.algos.ddpg;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.spinup4j.algos.core.AlgoConfig;
import org.spinup4j.algos.core.OffPolicyConfig;
import org.spinup4j.algos.core.Values;

/**
 * DDPG's hyperparameters: those all off-policy algorithms share ({@link OffPolicyConfig}) and
 * DDPG's own. Each default is written once, in {@link #defaults()}; change values by name:
 * {@code DdpgConfig.defaults().toBuilder().actNoise(0.2).common(c -> c.epochs(10)).build()}.
 *
 * @param common the interaction loop, replay buffer, targets and networks
 * @param piLr learning rate of the policy's Adam optimizer. Default 1e-3.
 * @param qLr learning rate of the Q function's Adam optimizer. Default 1e-3.
 * @param actNoise standard deviation of the Gaussian noise added to the policy's action while
 *     training, in the action's units (not relative to the bounds). Default 0.1.
 */
public record DdpgConfig(OffPolicyConfig common, double piLr, double qLr, double actNoise)
    implements AlgoConfig<DdpgConfig> {

  public DdpgConfig {
    Values.positive("pi_lr", piLr);
    Values.positive("q_lr", qLr);
    Values.nonNegative("act_noise", actNoise);
  }

  /** Spinning Up's defaults. */
  public static DdpgConfig defaults() {
    return new DdpgConfig(OffPolicyConfig.defaults(), 1e-3, 1e-3, 0.1);
  }

  /** Values by Spinning Up's parameter names: the shared ones, then DDPG's own. */
  @Override
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>(common.toMap());
    m.put("pi_lr", piLr);
    m.put("q_lr", qLr);
    m.put("act_noise", actNoise);
    return m;
  }

  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Changes values by name; {@link #set} takes Spinning Up's names (command line, grids). */
  public static final class Builder implements AlgoConfig.Builder<DdpgConfig> {
    private final OffPolicyConfig.Builder common;
    private double piLr;
    private double qLr;
    private double actNoise;

    private Builder(DdpgConfig c) {
      common = c.common.toBuilder();
      piLr = c.piLr;
      qLr = c.qLr;
      actNoise = c.actNoise;
    }

    /** Changes shared values: {@code common(c -> c.epochs(10).startSteps(1000))}. */
    public Builder common(Consumer<OffPolicyConfig.Builder> change) {
      change.accept(common);
      return this;
    }

    public Builder piLr(double v) { piLr = v; return this; }
    public Builder qLr(double v) { qLr = v; return this; }
    public Builder actNoise(double v) { actNoise = v; return this; }

    /**
     * Sets a value by its Spinning Up name.
     *
     * @return false if DDPG has no parameter of that name
     */
    @Override
    public boolean set(String name, Object value) {
      switch (name) {
        case "pi_lr" -> piLr = Values.toDouble(name, value);
        case "q_lr" -> qLr = Values.toDouble(name, value);
        case "act_noise" -> actNoise = Values.toDouble(name, value);
        default -> {
          return common.set(name, value);
        }
      }
      return true;
    }

    @Override
    public DdpgConfig build() {
      return new DdpgConfig(common.build(), piLr, qLr, actNoise);
    }
  }
}
