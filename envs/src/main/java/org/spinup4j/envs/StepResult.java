package org.spinup4j.envs;

/**
 * What one {@link Env#step} returns.
 *
 * @param observation the next observation
 * @param reward the reward for this transition
 * @param terminated the task itself ended (a true terminal: its value is 0)
 * @param truncated the episode was cut by a time limit (not a terminal: bootstrap its value)
 */
public record StepResult(float[] observation, double reward, boolean terminated, boolean truncated) {

  /** Whether the episode is over, for either reason. */
  public boolean done() {
    return terminated || truncated;
  }
}
