package org.spinup4j.algos.core;

import java.util.function.UnaryOperator;
import org.spinup4j.algos.saving.ResumeState;
import org.spinup4j.envs.Env;
import org.spinup4j.envs.Envs;
import org.spinup4j.envs.Rng;

/**
 * What a run needs besides the algorithm's hyperparameters.
 *
 * @param env registered environment name, e.g. "CartPole-v1"
 * @param seed seeds the environment; the agent's generator and the test environment get seeds
 *     derived from it ({@link #agentSeed()}, {@link #testSeed()})
 * @param device "cpu" or "gpu"
 * @param resume continue the run in the logger's directory from its saved state ({@link
 *     ResumeState})
 * @param saveBuffer off-policy: save the replay buffer with the state, so a resumed run continues
 *     exactly (without it, a resumed run starts with an empty buffer)
 * @param envWrapper applied to each environment the run makes: the caller's way to watch the
 *     environments from outside the algorithm (the bench command times them); identity otherwise
 * @param envThreads threads that step the copies of the environment ({@code num_envs}) at once;
 *     1 steps them one after another. The results are the same either way.
 */
public record RunConfig(
    String env, long seed, String device, boolean resume, boolean saveBuffer,
    UnaryOperator<Env> envWrapper, int envThreads) {

  /** Off-policy runs save their replay buffer for --resume unless told not to. */
  public static final boolean SAVE_BUFFER_DEFAULT = true;

  public RunConfig(String env, long seed, String device, boolean resume, boolean saveBuffer) {
    this(env, seed, device, resume, saveBuffer, UnaryOperator.identity(), 1);
  }

  public RunConfig(String env, long seed, String device) {
    this(env, seed, device, false, SAVE_BUFFER_DEFAULT);
  }

  public static RunConfig of(String env, long seed) {
    return new RunConfig(env, seed, "cpu");
  }

  /** The seed of the agent's generator: initial weights, action sampling, minibatches. */
  public long agentSeed() {
    return Rng.derive(seed, 1);
  }

  /**
   * The seed of environment copy {@code copy} of a run with several ({@code num_envs}): copy 0
   * gets the run's seed, as the one environment of a run without copies does.
   */
  public long envSeed(int copy) {
    return copy == 0 ? seed : Rng.derive(seed, 10 + copy);
  }

  /** The seed of the off-policy algorithms' test environment. */
  public long testSeed() {
    return Rng.derive(seed, 2);
  }

  /** A fresh instance of the run's environment, wrapped by {@link #envWrapper()}. */
  public Env makeEnv() {
    return envWrapper.apply(Envs.make(env));
  }

  /** This configuration with {@code wrapper} applied to every environment the run makes. */
  public RunConfig withEnvWrapper(UnaryOperator<Env> wrapper) {
    return new RunConfig(env, seed, device, resume, saveBuffer, wrapper, envThreads);
  }

  /** This configuration with the copies of the environment stepped on {@code threads} threads. */
  public RunConfig withEnvThreads(int threads) {
    return new RunConfig(env, seed, device, resume, saveBuffer, envWrapper, threads);
  }
}
