package org.spinup4j.envs.classic;

import java.awt.Graphics2D;
import org.spinup4j.envs.StepResult;
import org.spinup4j.envs.spaces.Discrete;

/**
 * MountainCar-v0: an under-powered car in a valley must rock back and forth to reach the flag on
 * the right hill (Moore 1990, with Gymnasium's constants).
 *
 * <p>State (position, velocity); the observation is the state as floats. Actions 0, 1, 2
 * accelerate left, not at all, right. Reward -1 per step; the episode terminates once position
 * >= 0.5 with velocity >= 0.
 */
public final class MountainCar extends ClassicControlEnv {
  static final double FORCE = 0.001;
  static final double GOAL_POSITION = 0.5;
  static final double GOAL_VELOCITY = 0.0;

  public MountainCar() {
    super("MountainCar-v0", 2, Mountain.observationSpace(), new Discrete(3));
  }

  @Override
  protected void startEpisode() {
    state[0] = -0.6 + 0.2 * rng.nextDouble();
    state[1] = 0.0;
  }

  @Override
  protected StepResult advance(float[] action) {
    Mountain.move(state, (action[0] - 1) * FORCE);
    boolean terminated = state[0] >= GOAL_POSITION && state[1] >= GOAL_VELOCITY;
    return new StepResult(observation(), -1.0, terminated, false);
  }

  @Override
  public float[] observation() {
    return new float[] {(float) state[0], (float) state[1]};
  }

  @Override
  public int[] renderSize() {
    return new int[] {600, 400};
  }

  @Override
  public void render(Graphics2D g, int width, int height) {
    Mountain.render(g, width, height, state[0], GOAL_POSITION);
  }
}
