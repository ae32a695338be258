package org.spinup4j.algos.vpg;

import java.util.LinkedHashMap;
import java.util.Map;
import org.spinup4j.algos.core.AlgoConfig;
import org.spinup4j.algos.core.Values;
import org.spinup4j.algos.nn.Activation;
import org.spinup4j.algos.nn.NetworkSpec;

/**
 * VPG's hyperparameters. Each default is written once, in {@link #defaults()}; change values by
 * name: {@code VpgConfig.defaults().toBuilder().epochs(2).build()}.
 *
 * @param stepsPerEpoch steps of interaction (state-action pairs) per epoch, summed over the
 *     trajectories collected; the batch size of each update. Default 4000.
 * @param epochs number of epochs, i.e. policy updates. Default 50.
 * @param gamma discount factor, between 0 and 1 (always close to 1). Default 0.99.
 * @param piLr learning rate of the policy's Adam optimizer. Default 3e-4.
 * @param vfLr learning rate of the value function's Adam optimizer. Default 1e-3.
 * @param trainVIters gradient steps on the value function per epoch. Default 80.
 * @param lam lambda of GAE-lambda advantage estimation, between 0 and 1 (close to 1). Default
 *     0.97.
 * @param maxEpLen maximum length of a trajectory; a longer one is cut and bootstrapped. Default
 *     1000.
 * @param saveFreq save the model every this many epochs (and at the last). Default 10.
 * @param ac hidden sizes and activation of the policy and value networks. Default (64, 64),
 *     tanh.
 */
public record VpgConfig(
    int stepsPerEpoch,
    int epochs,
    double gamma,
    double piLr,
    double vfLr,
    int trainVIters,
    double lam,
    int maxEpLen,
    int saveFreq,
    NetworkSpec ac) implements AlgoConfig<VpgConfig> {

  public VpgConfig {
    // The advantages are normalised over the epoch's steps: one step has no spread to divide by.
    Values.atLeast("steps_per_epoch", stepsPerEpoch, 2);
    Values.atLeast("epochs", epochs, 1);
    Values.within("gamma", gamma, 0, 1);
    Values.positive("pi_lr", piLr);
    Values.positive("vf_lr", vfLr);
    Values.atLeast("train_v_iters", trainVIters, 0);
    Values.within("lam", lam, 0, 1);
    Values.atLeast("max_ep_len", maxEpLen, 1);
    Values.atLeast("save_freq", saveFreq, 1);
  }

  /** Spinning Up's defaults. */
  public static VpgConfig defaults() {
    return new VpgConfig(4000, 50, 0.99, 3e-4, 1e-3, 80, 0.97, 1000, 10,
        new NetworkSpec(new int[] {64, 64}, Activation.TANH));
  }

  /** Values by Spinning Up's parameter names, in its order: config.json and --help use them. */
  @Override
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("steps_per_epoch", stepsPerEpoch);
    m.put("epochs", epochs);
    m.put("gamma", gamma);
    m.put("pi_lr", piLr);
    m.put("vf_lr", vfLr);
    m.put("train_v_iters", trainVIters);
    m.put("lam", lam);
    m.put("max_ep_len", maxEpLen);
    m.put("save_freq", saveFreq);
    m.put("ac_kwargs", Map.of("hidden_sizes", ac.hiddenSizes(), "activation", ac.activation().id()));
    return m;
  }

  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Changes values by name; {@link #set} takes Spinning Up's names (command line, grids). */
  public static final class Builder implements AlgoConfig.Builder<VpgConfig> {
    private int stepsPerEpoch;
    private int epochs;
    private double gamma;
    private double piLr;
    private double vfLr;
    private int trainVIters;
    private double lam;
    private int maxEpLen;
    private int saveFreq;
    private int[] hiddenSizes;
    private Activation activation;

    private Builder(VpgConfig c) {
      stepsPerEpoch = c.stepsPerEpoch;
      epochs = c.epochs;
      gamma = c.gamma;
      piLr = c.piLr;
      vfLr = c.vfLr;
      trainVIters = c.trainVIters;
      lam = c.lam;
      maxEpLen = c.maxEpLen;
      saveFreq = c.saveFreq;
      hiddenSizes = c.ac.hiddenSizes();
      activation = c.ac.activation();
    }

    public Builder stepsPerEpoch(int v) { stepsPerEpoch = v; return this; }
    public Builder epochs(int v) { epochs = v; return this; }
    public Builder gamma(double v) { gamma = v; return this; }
    public Builder piLr(double v) { piLr = v; return this; }
    public Builder vfLr(double v) { vfLr = v; return this; }
    public Builder trainVIters(int v) { trainVIters = v; return this; }
    public Builder lam(double v) { lam = v; return this; }
    public Builder maxEpLen(int v) { maxEpLen = v; return this; }
    public Builder saveFreq(int v) { saveFreq = v; return this; }
    public Builder hiddenSizes(int... v) { hiddenSizes = v.clone(); return this; }
    public Builder activation(Activation v) { activation = v; return this; }

    /**
     * Sets a value by its Spinning Up name.
     *
     * @return false if VPG has no parameter of that name
     */
    @Override
    public boolean set(String name, Object value) {
      switch (name) {
        case "steps_per_epoch" -> stepsPerEpoch = Values.toInt(name, value);
        case "epochs" -> epochs = Values.toInt(name, value);
        case "gamma" -> gamma = Values.toDouble(name, value);
        case "pi_lr" -> piLr = Values.toDouble(name, value);
        case "vf_lr" -> vfLr = Values.toDouble(name, value);
        case "train_v_iters" -> trainVIters = Values.toInt(name, value);
        case "lam" -> lam = Values.toDouble(name, value);
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

    @Override
    public VpgConfig build() {
      return new VpgConfig(stepsPerEpoch, epochs, gamma, piLr, vfLr, trainVIters, lam, maxEpLen,
          saveFreq, new NetworkSpec(hiddenSizes, activation));
    }
  }
}
