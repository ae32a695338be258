package org.spinup4j.algos.ppo;

import java.util.LinkedHashMap;
import java.util.Map;
import org.spinup4j.algos.core.AlgoConfig;
import org.spinup4j.algos.core.Values;
import org.spinup4j.algos.nn.Activation;
import org.spinup4j.algos.nn.NetworkSpec;

/**
 * PPO's hyperparameters. Each default is written once, in {@link #defaults()}; change values by
 * name: {@code PpoConfig.defaults().toBuilder().epochs(2).build()}.
 *
 * @param stepsPerEpoch steps of interaction (state-action pairs) per epoch, summed over the
 *     trajectories collected; the batch of every update. Default 4000 (typically 1000 to 10^4).
 * @param epochs number of epochs, each one batch of data and one update. Default 50.
 * @param gamma discount factor, gamma, between 0 and 1 (always close to 1). Default 0.99.
 * @param clipRatio how far the probability ratio pi(a|s) / pi_old(a|s) may move from 1 before the
 *     objective stops rewarding the move: beyond 1 +- clipRatio the clipped term is flat, so the
 *     new policy gains nothing by straying further from the old one. It may still end up further
 *     away (the clip removes the incentive, not the possibility); early stopping on the KL guards
 *     that. Usually small, 0.1 to 0.3. Default 0.2. Symbol: epsilon.
 * @param piLr learning rate of the policy's Adam optimizer. Default 3e-4.
 * @param vfLr learning rate of the value function's Adam optimizer. Default 1e-3.
 * @param trainPiIters most gradient steps on the policy per epoch (fewer when early stopping
 *     triggers); at least 1. Default 80.
 * @param trainVIters gradient steps on the value function per epoch. Default 80.
 * @param lam lambda of GAE-lambda advantage estimation, between 0 and 1 (close to 1). Default
 *     0.97. Symbol: lambda.
 * @param maxEpLen maximum length of a trajectory; a longer one is cut and bootstrapped. Default
 *     1000.
 * @param targetKl the KL divergence between old and new policy that one update should roughly
 *     stay within: the policy steps stop once the approximate KL exceeds 1.5 * targetKl. Usually
 *     0.01 to 0.05. Default 0.01.
 * @param saveFreq save the model every this many epochs (and at the last). Default 10.
 * @param ac hidden sizes and activation of the policy and value networks. Default (64, 64),
 *     tanh.
 */
public record PpoConfig(
    int stepsPerEpoch,
    int epochs,
    double gamma,
    double clipRatio,
    double piLr,
    double vfLr,
    int trainPiIters,
    int trainVIters,
    double lam,
    int maxEpLen,
    double targetKl,
    int saveFreq,
    NetworkSpec ac) implements AlgoConfig<PpoConfig> {

  public PpoConfig {
    // The advantages are normalised over the epoch's steps: one step has no spread to divide by.
    Values.atLeast("steps_per_epoch", stepsPerEpoch, 2);
    Values.atLeast("epochs", epochs, 1);
    Values.within("gamma", gamma, 0, 1);
    Values.within("clip_ratio", clipRatio, 0, 1);
    // 0 would clip every ratio to exactly 1: no update could move the policy at all.
    Values.positive("clip_ratio", clipRatio);
    Values.positive("pi_lr", piLr);
    Values.positive("vf_lr", vfLr);
    Values.atLeast("train_pi_iters", trainPiIters, 1);
    Values.atLeast("train_v_iters", trainVIters, 0);
    Values.within("lam", lam, 0, 1);
    Values.atLeast("max_ep_len", maxEpLen, 1);
    Values.positive("target_kl", targetKl);
    Values.atLeast("save_freq", saveFreq, 1);
  }

  /** Spinning Up's defaults. */
  public static PpoConfig defaults() {
    return new PpoConfig(4000, 50, 0.99, 0.2, 3e-4, 1e-3, 80, 80, 0.97, 1000, 0.01, 10,
        new NetworkSpec(new int[] {64, 64}, Activation.TANH));
  }

  /** Values by Spinning Up's parameter names, in its order: config.json and --help use them. */
  @Override
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("steps_per_epoch", stepsPerEpoch);
    m.put("epochs", epochs);
    m.put("gamma", gamma);
    m.put("clip_ratio", clipRatio);
    m.put("pi_lr", piLr);
    m.put("vf_lr", vfLr);
    m.put("train_pi_iters", trainPiIters);
    m.put("train_v_iters", trainVIters);
    m.put("lam", lam);
    m.put("max_ep_len", maxEpLen);
    m.put("target_kl", targetKl);
    m.put("save_freq", saveFreq);
    m.put("ac_kwargs", Map.of("hidden_sizes", ac.hiddenSizes(), "activation", ac.activation().id()));
    return m;
  }

  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Changes values by name; {@link #set} takes Spinning Up's names (command line, grids). */
  public static final class Builder implements AlgoConfig.Builder<PpoConfig> {
    private int stepsPerEpoch;
    private int epochs;
    private double gamma;
    private double clipRatio;
    private double piLr;
    private double vfLr;
    private int trainPiIters;
    private int trainVIters;
    private double lam;
    private int maxEpLen;
    private double targetKl;
    private int saveFreq;
    private int[] hiddenSizes;
    private Activation activation;

    private Builder(PpoConfig c) {
      stepsPerEpoch = c.stepsPerEpoch;
      epochs = c.epochs;
      gamma = c.gamma;
      clipRatio = c.clipRatio;
      piLr = c.piLr;
      vfLr = c.vfLr;
      trainPiIters = c.trainPiIters;
      trainVIters = c.trainVIters;
      lam = c.lam;
      maxEpLen = c.maxEpLen;
      targetKl = c.targetKl;
      saveFreq = c.saveFreq;
      hiddenSizes = c.ac.hiddenSizes();
      activation = c.ac.activation();
    }

    public Builder stepsPerEpoch(int v) { stepsPerEpoch = v; return this; }
    public Builder epochs(int v) { epochs = v; return this; }
    public Builder gamma(double v) { gamma = v; return this; }
    public Builder clipRatio(double v) { clipRatio = v; return this; }
    public Builder piLr(double v) { piLr = v; return this; }
    public Builder vfLr(double v) { vfLr = v; return this; }
    public Builder trainPiIters(int v) { trainPiIters = v; return this; }
    public Builder trainVIters(int v) { trainVIters = v; return this; }
    public Builder lam(double v) { lam = v; return this; }
    public Builder maxEpLen(int v) { maxEpLen = v; return this; }
    public Builder targetKl(double v) { targetKl = v; return this; }
    public Builder saveFreq(int v) { saveFreq = v; return this; }
    public Builder hiddenSizes(int... v) { hiddenSizes = v.clone(); return this; }
    public Builder activation(Activation v) { activation = v; return this; }

    /**
     * Sets a value by its Spinning Up name.
     *
     * @return false if PPO has no parameter of that name
     */
    @Override
    public boolean set(String name, Object value) {
      switch (name) {
        case "steps_per_epoch" -> stepsPerEpoch = Values.toInt(name, value);
        case "epochs" -> epochs = Values.toInt(name, value);
        case "gamma" -> gamma = Values.toDouble(name, value);
        case "clip_ratio" -> clipRatio = Values.toDouble(name, value);
        case "pi_lr" -> piLr = Values.toDouble(name, value);
        case "vf_lr" -> vfLr = Values.toDouble(name, value);
        case "train_pi_iters" -> trainPiIters = Values.toInt(name, value);
        case "train_v_iters" -> trainVIters = Values.toInt(name, value);
        case "lam" -> lam = Values.toDouble(name, value);
        case "max_ep_len" -> maxEpLen = Values.toInt(name, value);
        case "target_kl" -> targetKl = Values.toDouble(name, value);
        case "save_freq" -> saveFreq = Values.toInt(name, value);
        case "ac_kwargs:hidden_sizes" -> hiddenSizes = Values.toIntList("hid", value);
        case "ac_kwargs:activation" -> activation = Activation.parse(Values.toStringValue(name, value));
        default -> {
          return false;
        }
      }
      return true;
    }

    @Override
    public PpoConfig build() {
      return new PpoConfig(stepsPerEpoch, epochs, gamma, clipRatio, piLr, vfLr, trainPiIters,
          trainVIters, lam, maxEpLen, targetKl, saveFreq, new NetworkSpec(hiddenSizes, activation));
    }
  }
}
