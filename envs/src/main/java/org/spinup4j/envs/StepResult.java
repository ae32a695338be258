package org.spinup4j.envs;

import java.util.Map;

/**
 * What one {@link Env#step} returns.
 *
 * @param observation the next observation
 * @param reward the reward for this transition
 * @param terminated the task itself ended (a true terminal: its value is 0)
 * @param truncated the episode was cut by a time limit (not a terminal: bootstrap its value)
 * @param info numbers the task reports beside the reward (Gymnasium's {@code info}: the reward's
 *     terms, positions, velocities), in a fixed order; empty for tasks that report none
 */
public record StepResult(
    float[] observation, double reward, boolean terminated, boolean truncated,
    Map<String, Double> info) {

  /** A step that reports no info. */
  public StepResult(float[] observation, double reward, boolean terminated, boolean truncated) {
    this(observation, reward, terminated, truncated, Map.of());
  }

  /** Whether the episode is over, for either reason. */
  public boolean done() {
    return terminated || truncated;
  }
}
