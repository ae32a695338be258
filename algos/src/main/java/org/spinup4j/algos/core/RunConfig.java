package org.spinup4j.algos.core;

import org.spinup4j.algos.saving.ResumeState;
import org.spinup4j.cli.bench.Profile;
import org.spinup4j.envs.Rng;

/**
 * What a run needs besides the algorithm's hyperparameters.
 *
 * @param env registered environment name, e.g. "CartPole-v1"
 * @param seed seeds the environment; the agent's generator and the test environment get seeds
 *     derived from it ({@link #agentSeed()}, {@link #testSeed()})
 * @param device "cpu" or "gpu"
 * @param profile where to account time (the bench command); {@link Profile#OFF} otherwise
 * @param resume continue the run in the logger's directory from its saved state ({@link
 *     ResumeState})
 * @param saveBuffer off-policy: save the replay buffer with the state, so a resumed run continues
 *     exactly (without it, a resumed run starts with an empty buffer)
 */
public record RunConfig(
    String env, long seed, String device, Profile profile, boolean resume, boolean saveBuffer) {

  public RunConfig(String env, long seed, String device, Profile profile) {
    this(env, seed, device, profile, false, true);
  }

  public RunConfig(String env, long seed, String device) {
    this(env, seed, device, Profile.OFF);
  }

  public static RunConfig of(String env, long seed) {
    return new RunConfig(env, seed, "cpu");
  }

  /** The seed of the agent's generator: initial weights, action sampling, minibatches. */
  public long agentSeed() {
    return Rng.derive(seed, 1);
  }

  /** The seed of the off-policy algorithms' test environment. */
  public long testSeed() {
    return Rng.derive(seed, 2);
  }

  /** A fresh instance of the run's environment (timed when profiling). */
  public org.spinup4j.envs.Env makeEnv() {
    return profile.timed(org.spinup4j.envs.Envs.make(env));
  }
}
