package org.spinup4j.envs.classic;

import org.spinup4j.envs.StepResult;
import org.spinup4j.envs.spaces.Discrete;

/**
 * MountainCar-v0: an under-powered car in a valley must rock back and forth to reach the flag on
 * the right hill (Moore 1990, with Gymnasium's constants).
 *
 * <p>Actions 0, 1, 2 accelerate left, not at all, right. Reward -1 per step; the episode
 * terminates once position >= 0.5 with velocity >= 0.
 */
public final class MountainCar extends Mountain {
  static final double FORCE = 0.001;
  static final double GOAL_POSITION = 0.5;
  static final double GOAL_VELOCITY = 0.0;

  public MountainCar() {
    super("MountainCar-v0", new Discrete(3), GOAL_POSITION);
  }

  @Override
  protected StepResult advance(float[] action) {
    Mountain.move(state, (action[0] - 1) * FORCE);
    boolean terminated = state[0] >= GOAL_POSITION && state[1] >= GOAL_VELOCITY;
    return new StepResult(observation(), -1.0, terminated, false);
  }
}
