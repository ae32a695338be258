package org.spinup4j.algos.core;

/**
 * What a run needs besides the algorithm's hyperparameters.
 *
 * @param env registered environment name, e.g. "CartPole-v1"
 * @param seed seeds the networks' initial weights, action sampling and the environment
 * @param device "cpu" or "gpu"
 * @param profile where to account time (the bench command); {@link Profile#OFF} otherwise
 */
public record RunConfig(String env, long seed, String device, Profile profile) {

  public RunConfig(String env, long seed, String device) {
    this(env, seed, device, Profile.OFF);
  }

  public static RunConfig of(String env, long seed) {
    return new RunConfig(env, seed, "cpu");
  }

  /** A fresh instance of the run's environment (timed when profiling). */
  public org.spinup4j.envs.Env makeEnv() {
    return profile.timed(org.spinup4j.envs.Envs.make(env));
  }
}
