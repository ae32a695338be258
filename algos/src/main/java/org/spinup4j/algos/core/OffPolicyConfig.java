package org.spinup4j.algos.core;

import static org.spinup4j.algos.core.Check.atLeast;
import static org.spinup4j.algos.core.Check.within;

import org.spinup4j.algos.nn.Activation;
import org.spinup4j.algos.nn.NetworkSpec;

/**
 * The hyperparameters DDPG, TD3 and SAC share: the interaction loop, the replay buffer, the
 * targets and the networks. Spinning Up gives all three the same defaults, declared once here;
 * {@code DdpgConfig}, {@code Td3Config} and {@code SacConfig} list them first, in Spinning Up's
 * order, then add their own learning rates and noise, and read these through the accessors here.
 *
 * @param <C> the config, DdpgConfig, Td3Config or SacConfig
 */
public abstract class OffPolicyConfig<C extends OffPolicyConfig<C>> extends Hyperparameters<C> {
  public static final Param<Integer> STEPS_PER_EPOCH = Param.integer("steps_per_epoch", 4000,
      atLeast(1), "Environment steps per epoch.");
  public static final Param<Integer> EPOCHS = Param.integer("epochs", 100, atLeast(1),
      "Number of epochs.");
  // Older transitions are overwritten.
  public static final Param<Integer> REPLAY_SIZE = Param.integer("replay_size", 1_000_000,
      atLeast(1), "Capacity of the replay buffer (transitions).");
  public static final Param<Double> GAMMA = Param.real("gamma", 0.99, within(0, 1),
      "Discount factor, in [0, 1].");
  // rho of the Polyak averaging theta_targ <- rho theta_targ + (1 - rho) theta; close to 1.
  public static final Param<Double> POLYAK = Param.real("polyak", 0.995, within(0, 1),
      "Target networks: targ <- polyak * targ + (1 - polyak) * main; in [0, 1].");
  public static final Param<Integer> BATCH_SIZE = Param.integer("batch_size", 100, atLeast(1),
      "Minibatch size of each gradient step.");
  // Uniform random actions explore better than an untrained policy.
  public static final Param<Integer> START_STEPS = Param.integer("start_steps", 10_000,
      atLeast(0), "Steps of uniform random actions before the policy acts.");
  // So that the replay buffer holds enough data to be useful.
  public static final Param<Integer> UPDATE_AFTER = Param.integer("update_after", 1000,
      atLeast(0), "Steps to collect before the first gradient step.");
  // The ratio of steps to gradient steps stays 1.
  public static final Param<Integer> UPDATE_EVERY = Param.integer("update_every", 50,
      atLeast(1), "Steps between rounds of updates; each round makes this many gradient steps.");
  public static final Param<Integer> NUM_TEST_EPISODES = Param.integer("num_test_episodes", 10,
      atLeast(0), "Deterministic test episodes at the end of each epoch.");
  public static final Param<Integer> MAX_EP_LEN = Param.integer("max_ep_len", 1000, atLeast(1),
      "Longest trajectory; a longer one is cut (not terminal).");
  public static final Param<Integer> SAVE_FREQ = Param.integer("save_freq", 1, atLeast(1),
      "Save the model every N epochs and at the last.");
  public static final Param<Integer> NUM_ENVS = EnvCopies.NUM_ENVS;
  public static final Param<Boolean> NORMALIZE_OBS = ObsNormalizer.NORMALIZE_OBS;
  // The actor and the Q functions.
  public static final Param<int[]> HIDDEN_SIZES = AcKwargs.hiddenSizes(256, 256);
  public static final Param<Activation> ACTIVATION = AcKwargs.activation(Activation.RELU);

  private final NetworkSpec ac;

  protected OffPolicyConfig(Builder<C> b) {
    super(b);
    ac = new NetworkSpec(get(HIDDEN_SIZES), get(ACTIVATION));
    // A minibatch is drawn from the transitions stored so far. One larger than the buffer can
    // ever hold in this run only repeats samples, and a huge one runs for minutes per update.
    // (A run too short to reach update_after never draws one.)
    EnvCopies.checkSplit(stepsPerEpoch(), numEnvs());
    long steps = (long) stepsPerEpoch() * epochs();
    long canHold = Math.min(replaySize(), steps);
    if (steps > updateAfter() && batchSize() > canHold) {
      throw new IllegalArgumentException("--batch_size must be at most the transitions the replay"
          + " buffer can hold in this run, min(replay_size, steps_per_epoch * epochs) = "
          + canHold + ", got " + batchSize());
    }
  }

  public int stepsPerEpoch() { return get(STEPS_PER_EPOCH); }
  public int numEnvs() { return get(NUM_ENVS); }
  public boolean normalizeObs() { return get(NORMALIZE_OBS); }
  public int epochs() { return get(EPOCHS); }
  public int replaySize() { return get(REPLAY_SIZE); }
  public double gamma() { return get(GAMMA); }
  public double polyak() { return get(POLYAK); }
  public int batchSize() { return get(BATCH_SIZE); }
  public int startSteps() { return get(START_STEPS); }
  public int updateAfter() { return get(UPDATE_AFTER); }
  public int updateEvery() { return get(UPDATE_EVERY); }
  public int numTestEpisodes() { return get(NUM_TEST_EPISODES); }
  public int maxEpLen() { return get(MAX_EP_LEN); }
  public int saveFreq() { return get(SAVE_FREQ); }

  /** Hidden sizes and activation of the actor and the Q functions. */
  public NetworkSpec ac() { return ac; }
}
