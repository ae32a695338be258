package org.spinup4j.algos.td3;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.spinup4j.algos.core.AlgoConfig;
import org.spinup4j.algos.core.OffPolicyConfig;
import org.spinup4j.algos.core.Values;

/**
 * TD3's hyperparameters: those all off-policy algorithms share ({@link OffPolicyConfig}), DDPG's
 * learning rates and action noise, and the three of TD3's tricks. Each default is written once,
 * in {@link #defaults()}; change values by name:
 * {@code Td3Config.defaults().toBuilder().policyDelay(3).common(c -> c.epochs(10)).build()}.
 *
 * @param common the interaction loop, replay buffer, targets and networks
 * @param piLr learning rate of the policy's Adam optimizer. Default 1e-3.
 * @param qLr learning rate of the Q functions' Adam optimizer. Default 1e-3.
 * @param actNoise standard deviation of the Gaussian noise added to the policy's action while
 *     training, in the action's units. Default 0.1.
 * @param targetNoise standard deviation of the noise added to the target policy's action
 *     (target policy smoothing), in the action's units. Default 0.2.
 * @param noiseClip the target policy's noise is clipped to {@code [-noise_clip, noise_clip]}.
 *     Default 0.5.
 * @param policyDelay the policy and the targets are updated once per this many Q updates.
 *     Default 2.
 */
public record Td3Config(OffPolicyConfig common, double piLr, double qLr, double actNoise,
    double targetNoise, double noiseClip, int policyDelay) implements AlgoConfig<Td3Config> {

  public Td3Config {
    Values.positive("pi_lr", piLr);
    Values.positive("q_lr", qLr);
    Values.nonNegative("act_noise", actNoise);
    Values.nonNegative("target_noise", targetNoise);
    Values.nonNegative("noise_clip", noiseClip);
    Values.atLeast("policy_delay", policyDelay, 1);
  }

  /** Spinning Up's defaults. */
  public static Td3Config defaults() {
    return new Td3Config(OffPolicyConfig.defaults(), 1e-3, 1e-3, 0.1, 0.2, 0.5, 2);
  }

  /** Values by Spinning Up's parameter names: the shared ones, then TD3's own. */
  @Override
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>(common.toMap());
    m.put("pi_lr", piLr);
    m.put("q_lr", qLr);
    m.put("act_noise", actNoise);
    m.put("target_noise", targetNoise);
    m.put("noise_clip", noiseClip);
    m.put("policy_delay", policyDelay);
    return m;
  }

  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Changes values by name; {@link #set} takes Spinning Up's names (command line, grids). */
  public static final class Builder implements AlgoConfig.Builder<Td3Config> {
    private final OffPolicyConfig.Builder common;
    private double piLr;
    private double qLr;
    private double actNoise;
    private double targetNoise;
    private double noiseClip;
    private int policyDelay;

    private Builder(Td3Config c) {
      common = c.common.toBuilder();
      piLr = c.piLr;
      qLr = c.qLr;
      actNoise = c.actNoise;
      targetNoise = c.targetNoise;
      noiseClip = c.noiseClip;
      policyDelay = c.policyDelay;
    }

    /** Changes shared values: {@code common(c -> c.epochs(10).startSteps(1000))}. */
    public Builder common(Consumer<OffPolicyConfig.Builder> change) {
      change.accept(common);
      return this;
    }

    public Builder piLr(double v) { piLr = v; return this; }
    public Builder qLr(double v) { qLr = v; return this; }
    public Builder actNoise(double v) { actNoise = v; return this; }
    public Builder targetNoise(double v) { targetNoise = v; return this; }
    public Builder noiseClip(double v) { noiseClip = v; return this; }
    public Builder policyDelay(int v) { policyDelay = v; return this; }

    /**
     * Sets a value by its Spinning Up name.
     *
     * @return false if TD3 has no parameter of that name
     */
    @Override
    public boolean set(String name, Object value) {
      switch (name) {
        case "pi_lr" -> piLr = Values.toDouble(name, value);
        case "q_lr" -> qLr = Values.toDouble(name, value);
        case "act_noise" -> actNoise = Values.toDouble(name, value);
        case "target_noise" -> targetNoise = Values.toDouble(name, value);
        case "noise_clip" -> noiseClip = Values.toDouble(name, value);
        case "policy_delay" -> policyDelay = Values.toInt(name, value);
        default -> {
          return common.set(name, value);
        }
      }
      return true;
    }

    @Override
    public Td3Config build() {
      return new Td3Config(common.build(), piLr, qLr, actNoise, targetNoise, noiseClip,
          policyDelay);
    }
  }
}
