package org.spinup4j.envs;

import java.awt.Graphics2D;
import org.spinup4j.envs.spaces.Space;

/**
 * A reinforcement-learning environment in Gymnasium's spirit.
 *
 * <p>{@link #reset(long)} seeds the environment's own generator and starts an episode; {@link
 * #reset()} starts another episode continuing the same generator. {@link #step(float[])} advances
 * one step. Actions are encoded as floats: a {@code Discrete} action {@code a} is {@code {a}}.
 * Observations are fresh arrays the caller may keep.
 */
public interface Env extends AutoCloseable {

  Space observationSpace();

  Space actionSpace();

  /** Seeds the environment (and its action space) and starts an episode. */
  float[] reset(long seed);

  /** Starts a new episode, continuing the generator of the last seeded reset. */
  float[] reset();

  /**
   * The environment's own generator, which its action space's {@code sample()} shares. A run
   * saves its state and, on resume, replays the episode in progress from it (see {@code
   * Episode}): an environment that does not expose its generator cannot be resumed mid-episode.
   */
  default Rng random() {
    throw new UnsupportedOperationException(getClass().getSimpleName()
        + " does not expose its random generator (Env.random()), so a run on it cannot be resumed");
  }

  /** Takes one action; the episode must have been reset and not be over. */
  StepResult step(float[] action);

  /** Convenience for discrete actions: {@code step(new float[] {action})}. */
  default StepResult step(int action) {
    return step(new float[] {action});
  }

  /**
   * Draws the current state into {@code g}, filling a {@code width} by {@code height} canvas.
   * Works headless (plain Java2D).
   */
  void render(Graphics2D g, int width, int height);

  /** Preferred canvas size for {@link #render}: {width, height} in pixels. */
  default int[] renderSize() {
    return new int[] {600, 400};
  }

  /** Frames per second at which a recording of this environment plays in real time. */
  default int renderFps() {
    return 30;
  }

  @Override
  default void close() {}
}
