package org.spinup4j.algos.core;

/**
 * What a run needs besides the algorithm's hyperparameters.
 *
 * @param env registered environment name, e.g. "CartPole-v1"
 * @param seed seeds the networks' initial weights, action sampling and the environment
 * @param device "cpu" or "gpu"
 */
public record RunConfig(String env, long seed, String device) {

  public static RunConfig of(String env, long seed) {
    return new RunConfig(env, seed, "cpu");
  }
}
