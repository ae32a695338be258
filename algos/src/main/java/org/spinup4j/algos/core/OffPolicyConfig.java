package org.spinup4j.algos.core;

import java.util.LinkedHashMap;
import java.util.Map;
import org.spinup4j.algos.nn.Activation;
import org.spinup4j.algos.nn.NetworkSpec;
import org.spinup4j.algos.optim.Polyak;

/**
 * The hyperparameters DDPG, TD3 and SAC share: the interaction loop, the replay buffer, the
 * targets and the networks. Spinning Up gives all three the same defaults, written once here in
 * {@link #defaults()}; each algorithm's config record adds its own learning rates and noise.
 *
 * @param stepsPerEpoch steps of interaction (state-action pairs) per epoch. Default 4000.
 * @param epochs number of epochs to run and train. Default 100.
 * @param replaySize maximum length of the replay buffer; older transitions are overwritten.
 *     Default 1,000,000.
 * @param gamma discount factor, between 0 and 1 (always close to 1). Default 0.99.
 * @param polyak interpolation factor rho of the target networks' Polyak averaging, {@code
 *     theta_targ <- rho theta_targ + (1 - rho) theta}; between 0 and 1, usually close to 1.
 *     Default 0.995.
 * @param batchSize minibatch size of each gradient step. Default 100.
 * @param startSteps number of steps with uniform random actions before the policy acts, for
 *     better exploration. Default 10,000.
 * @param updateAfter number of steps to collect before the first gradient step, so the replay
 *     buffer holds enough data to be useful. Default 1000.
 * @param updateEvery steps between rounds of updates; each round makes this many gradient steps,
 *     so the ratio of steps to updates stays 1. Default 50.
 * @param numTestEpisodes deterministic test episodes at the end of each epoch. Default 10.
 * @param maxEpLen maximum length of a trajectory; a longer one is cut (not terminal). Default
 *     1000.
 * @param saveFreq save the model every this many epochs (and at the last). Default 1.
 * @param ac hidden sizes and activation of the actor and the Q functions. Default (256, 256),
 *     relu.
 */
public record OffPolicyConfig(
    int stepsPerEpoch,
    int epochs,
    int replaySize,
    double gamma,
    double polyak,
    int batchSize,
    int startSteps,
    int updateAfter,
    int updateEvery,
    int numTestEpisodes,
    int maxEpLen,
    int saveFreq,
    NetworkSpec ac) {

  public OffPolicyConfig {
    Values.atLeast("steps_per_epoch", stepsPerEpoch, 1);
    Values.atLeast("epochs", epochs, 1);
    Values.atLeast("replay_size", replaySize, 1);
    Values.within("gamma", gamma, 0, 1);
    Values.within("polyak", polyak, 0, 1);
    Values.atLeast("batch_size", batchSize, 1);
    Values.atLeast("start_steps", startSteps, 0);
    Values.atLeast("update_after", updateAfter, 0);
    Values.atLeast("update_every", updateEvery, 1);
    Values.atLeast("num_test_episodes", numTestEpisodes, 0);
    Values.atLeast("max_ep_len", maxEpLen, 1);
    Values.atLeast("save_freq", saveFreq, 1);
    // A minibatch is drawn from the transitions stored so far. One larger than the buffer can
    // ever hold in this run only repeats samples, and a huge one runs for minutes per update.
    // (A run too short to reach update_after never draws one.)
    long steps = (long) stepsPerEpoch * epochs;
    long canHold = Math.min(replaySize, steps);
    if (steps > updateAfter && batchSize > canHold) {
      throw new IllegalArgumentException("--batch_size must be at most the transitions the replay"
          + " buffer can hold in this run, min(replay_size, steps_per_epoch * epochs) = "
          + canHold + ", got " + batchSize);
    }
  }

  /** Spinning Up's defaults, the same for DDPG, TD3 and SAC. */
  public static OffPolicyConfig defaults() {
    return new OffPolicyConfig(4000, 100, 1_000_000, 0.99, 0.995, 100, 10_000, 1000, 50, 10, 1000,
        1, new NetworkSpec(new int[] {256, 256}, Activation.RELU));
  }

  /** Values by Spinning Up's parameter names, in its order. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("steps_per_epoch", stepsPerEpoch);
    m.put("epochs", epochs);
    m.put("replay_size", replaySize);
    m.put("gamma", gamma);
    m.put("polyak", polyak);
    m.put("batch_size", batchSize);
    m.put("start_steps", startSteps);
    m.put("update_after", updateAfter);
    m.put("update_every", updateEvery);
    m.put("num_test_episodes", numTestEpisodes);
    m.put("max_ep_len", maxEpLen);
    m.put("save_freq", saveFreq);
    m.put("ac_kwargs", Map.of("hidden_sizes", ac.hiddenSizes(), "activation", ac.activation().id()));
    return m;
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Changes values by name; {@link #set} takes Spinning Up's names (command line, grids). */
  public static final class Builder {
    private int stepsPerEpoch;
    private int epochs;
    private int replaySize;
    private double gamma;
    private double polyak;
    private int batchSize;
    private int startSteps;
    private int updateAfter;
    private int updateEvery;
    private int numTestEpisodes;
    private int maxEpLen;
    private int saveFreq;
    private int[] hiddenSizes;
    private Activation activation;

    private Builder(OffPolicyConfig c) {
      stepsPerEpoch = c.stepsPerEpoch;
      epochs = c.epochs;
      replaySize = c.replaySize;
      gamma = c.gamma;
      polyak = c.polyak;
      batchSize = c.batchSize;
      startSteps = c.startSteps;
      updateAfter = c.updateAfter;
      updateEvery = c.updateEvery;
      numTestEpisodes = c.numTestEpisodes;
      maxEpLen = c.maxEpLen;
      saveFreq = c.saveFreq;
      hiddenSizes = c.ac.hiddenSizes();
      activation = c.ac.activation();
    }

    public Builder stepsPerEpoch(int v) { stepsPerEpoch = v; return this; }
    public Builder epochs(int v) { epochs = v; return this; }
    public Builder replaySize(int v) { replaySize = v; return this; }
    public Builder gamma(double v) { gamma = v; return this; }
    public Builder polyak(double v) { polyak = v; return this; }
    public Builder batchSize(int v) { batchSize = v; return this; }
    public Builder startSteps(int v) { startSteps = v; return this; }
    public Builder updateAfter(int v) { updateAfter = v; return this; }
    public Builder updateEvery(int v) { updateEvery = v; return this; }
    public Builder numTestEpisodes(int v) { numTestEpisodes = v; return this; }
    public Builder maxEpLen(int v) { maxEpLen = v; return this; }
    public Builder saveFreq(int v) { saveFreq = v; return this; }
    public Builder hiddenSizes(int... v) { hiddenSizes = v.clone(); return this; }
    public Builder activation(Activation v) { activation = v; return this; }

    /**
     * Sets a value by its Spinning Up name.
     *
     * @return false if no shared off-policy parameter has that name
     */
    public boolean set(String name, Object value) {
      switch (name) {
        case "steps_per_epoch" -> stepsPerEpoch = Values.toInt(name, value);
        case "epochs" -> epochs = Values.toInt(name, value);
        case "replay_size" -> replaySize = Values.toInt(name, value);
        case "gamma" -> gamma = Values.toDouble(name, value);
        case "polyak" -> polyak = Values.toDouble(name, value);
        case "batch_size" -> batchSize = Values.toInt(name, value);
        case "start_steps" -> startSteps = Values.toInt(name, value);
        case "update_after" -> updateAfter = Values.toInt(name, value);
        case "update_every" -> updateEvery = Values.toInt(name, value);
        case "num_test_episodes" -> numTestEpisodes = Values.toInt(name, value);
        case "max_ep_len" -> maxEpLen = Values.toInt(name, value);
        case "save_freq" -> saveFreq = Values.toInt(name, value);
        case "ac_kwargs:hidden_sizes" -> hiddenSizes = Values.toIntList("hid", value);
        case "ac_kwargs:activation" -> activation = Activation.parse(Values.toStringValue(name, value));
        default -> {
          return false;
        }
      }
      return true;
    }

    public OffPolicyConfig build() {
      return new OffPolicyConfig(stepsPerEpoch, epochs, replaySize, gamma, polyak, batchSize,
          startSteps, updateAfter, updateEvery, numTestEpisodes, maxEpLen, saveFreq,
          new NetworkSpec(hiddenSizes, activation));
    }
  }
}
