package org.example.corridor;

import java.awt.Color;
import java.awt.Graphics2D;
import org.spinup4j.envs.SeededEnv;
import org.spinup4j.envs.StepResult;
import org.spinup4j.envs.spaces.Box;
import org.spinup4j.envs.spaces.Discrete;

/**
 * Corridor-v0: walk to the end of a corridor. The agent stands at x in [0, 1], starts in [0,
 * 0.2], and each step moves left, stays or moves right by 0.05 (plus a little noise). Reaching x
 * = 1 ends the episode with a reward of +1; every step costs 0.01. Observation: (x). The best
 * return is about 1 - 0.01 * 17 = 0.83; a random walk rarely gets there in 200 steps.
 *
 * <p>Extending {@link SeededEnv} gives the environment a generator that {@code reset(seed)}
 * seeds and the action space samples from: one seed fixes the whole episode, which is what
 * {@code check_env} checks and what {@code --resume} needs.
 */
public final class Corridor extends SeededEnv<Box, Discrete> {
  static final float STEP = 0.05f;
  static final float NOISE = 0.01f;
  static final double STEP_COST = 0.01;

  private float x;
  private boolean ended;

  public Corridor() {
    super(Box.uniform(0, 1, 1), new Discrete(3));
  }

  @Override
  public float[] reset() {
    x = rng.nextFloat() * 0.2f;
    ended = false;
    return new float[] {x};
  }

  @Override
  public StepResult step(float[] action) {
    if (ended) {
      throw new IllegalStateException("Corridor-v0: the episode has ended; call reset()");
    }
    int a = (int) action[0]; // 0 left, 1 stay, 2 right
    x += (a - 1) * STEP + (rng.nextFloat() * 2 - 1) * NOISE;
    x = Math.max(0, Math.min(1, x));
    boolean terminated = x >= 1;
    ended = terminated;
    double reward = (terminated ? 1 : 0) - STEP_COST;
    // A new array at every step: the algorithms keep the previous observation.
    return new StepResult(new float[] {x}, reward, terminated, false);
  }

  @Override
  public void render(Graphics2D g, int width, int height) {
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.GREEN);
    g.fillRect(width - 10, 0, 10, height);
    g.setColor(Color.BLUE);
    g.fillOval((int) (x * (width - 20)), height / 2 - 10, 20, 20);
  }
}
