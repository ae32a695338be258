package org.spinup4j.algos.core;

import static org.spinup4j.algos.core.Check.atLeast;
import static org.spinup4j.algos.core.Check.positive;
import static org.spinup4j.algos.core.Check.within;

import org.spinup4j.algos.nn.Activation;
import org.spinup4j.algos.nn.NetworkSpec;

/**
 * The hyperparameters VPG and PPO share, each declared once with Spinning Up's name, default,
 * allowed values and help line; {@code VpgConfig} and {@code PpoConfig} list them in Spinning
 * Up's order (with PPO's own in between), and read them through the accessors here.
 *
 * @param <C> the config, VpgConfig or PpoConfig
 */
public abstract class OnPolicyConfig<C extends OnPolicyConfig<C>> extends Hyperparameters<C> {
  // Summed over the trajectories collected. The advantages are normalised over the epoch's
  // steps: one step has no spread to divide by.
  public static final Param<Integer> STEPS_PER_EPOCH = Param.integer("steps_per_epoch", 4000,
      atLeast(2), "Environment steps per epoch (the batch of each update).");
  public static final Param<Integer> EPOCHS = Param.integer("epochs", 50, atLeast(1),
      "Number of epochs (policy updates).");
  // Always close to 1.
  public static final Param<Double> GAMMA = Param.real("gamma", 0.99, within(0, 1),
      "Discount factor, in [0, 1].");
  public static final Param<Double> PI_LR = Param.real("pi_lr", 3e-4, positive(),
      "Policy learning rate (Adam).");
  public static final Param<Double> VF_LR = Param.real("vf_lr", 1e-3, positive(),
      "Value-function learning rate (Adam).");
  public static final Param<Integer> TRAIN_V_ITERS = Param.integer("train_v_iters", 80,
      atLeast(0), "Value-function gradient steps per epoch.");
  // Lambda of GAE-lambda advantage estimation, close to 1.
  public static final Param<Double> LAM = Param.real("lam", 0.97, within(0, 1),
      "GAE lambda, in [0, 1].");
  public static final Param<Integer> MAX_EP_LEN = Param.integer("max_ep_len", 1000, atLeast(1),
      "Longest trajectory; a longer one is cut and bootstrapped.");
  public static final Param<Integer> SAVE_FREQ = Param.integer("save_freq", 10, atLeast(1),
      "Save the model every N epochs and at the last.");
  public static final Param<Integer> NUM_ENVS = EnvCopies.NUM_ENVS;
  public static final Param<Boolean> NORMALIZE_OBS = ObsNormalizer.NORMALIZE_OBS;
  // The policy and value networks.
  public static final Param<int[]> HIDDEN_SIZES = AcKwargs.hiddenSizes(64, 64);
  public static final Param<Activation> ACTIVATION = AcKwargs.activation(Activation.TANH);

  private final NetworkSpec ac;

  protected OnPolicyConfig(Builder<C> b) {
    super(b);
    ac = new NetworkSpec(get(HIDDEN_SIZES), get(ACTIVATION));
    EnvCopies.checkSplit(stepsPerEpoch(), numEnvs());
  }

  public int stepsPerEpoch() { return get(STEPS_PER_EPOCH); }
  public int epochs() { return get(EPOCHS); }
  public double gamma() { return get(GAMMA); }
  public double piLr() { return get(PI_LR); }
  public double vfLr() { return get(VF_LR); }
  public int trainVIters() { return get(TRAIN_V_ITERS); }
  public double lam() { return get(LAM); }
  public int maxEpLen() { return get(MAX_EP_LEN); }
  public int saveFreq() { return get(SAVE_FREQ); }
  public int numEnvs() { return get(NUM_ENVS); }
  public boolean normalizeObs() { return get(NORMALIZE_OBS); }

  /** Hidden sizes and activation of the policy and value networks. */
  public NetworkSpec ac() { return ac; }
}
