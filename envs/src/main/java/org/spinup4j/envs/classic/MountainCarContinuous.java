package org.spinup4j.envs.classic;

import org.spinup4j.envs.StepResult;
import org.spinup4j.envs.spaces.Box;

/**
 * MountainCarContinuous-v0: the mountain car with a throttle in [-1, 1] and a reward that pays
 * 100 for reaching the flag and charges 0.1 a^2 per step for fuel.
 *
 * <p>The action is clipped to [-1, 1] before it moves the car, but the fuel cost uses the action
 * as given. The episode terminates once position >= 0.45 with velocity >= 0.
 */
public final class MountainCarContinuous extends Mountain {
  static final double POWER = 0.0015;
  static final double GOAL_POSITION = 0.45;
  static final double GOAL_VELOCITY = 0.0;

  public MountainCarContinuous() {
    super("MountainCarContinuous-v0", Box.uniform(-1f, 1f, 1), GOAL_POSITION);
  }

  @Override
  protected StepResult advance(float[] action) {
    double force = Math.max(-1.0, Math.min(1.0, action[0]));
    Mountain.move(state, force * POWER);
    boolean terminated = state[0] >= GOAL_POSITION && state[1] >= GOAL_VELOCITY;
    // Gymnasium keeps this task's state in float32 between steps.
    state[0] = (float) state[0];
    state[1] = (float) state[1];
    double a = action[0];
    double reward = (terminated ? 100.0 : 0.0) - a * a * 0.1;
    return new StepResult(observation(), reward, terminated, false);
  }
}
