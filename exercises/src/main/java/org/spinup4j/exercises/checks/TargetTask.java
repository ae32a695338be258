package org.spinup4j.exercises.checks;

import java.awt.Graphics2D;
import org.spinup4j.envs.Env;
import org.spinup4j.envs.Rng;
import org.spinup4j.envs.StepResult;
import org.spinup4j.envs.spaces.Box;
import org.spinup4j.envs.spaces.Space;

/**
 * A continuous task small enough for PPO to learn in seconds, so that a check can train on it:
 * each step shows a target g, uniform in [-1, 1], and pays -(a - g)^2 for the action a; an
 * episode is {@link #STEPS} targets. A policy whose mean follows g still pays sigma^2 per step on
 * average for its exploration, so the best return needs a learned, shrinking sigma too: with
 * sigma fixed at exp(-0.5) an episode costs at least 10 * 0.37 = 3.7.
 */
final class TargetTask implements Env {
  static final int STEPS = 10;

  private final Box observations = Box.symmetric(1f);
  private final Box actions = Box.symmetric(2f);
  private final Rng rng = new Rng(0);
  private float target;
  private int t;

  @Override
  public Space observationSpace() {
    return observations;
  }

  @Override
  public Space actionSpace() {
    return actions;
  }

  @Override
  public float[] reset(long seed) {
    rng.setSeed(seed);
    return reset();
  }

  @Override
  public float[] reset() {
    t = 0;
    return next();
  }

  @Override
  public Rng random() {
    return rng;
  }

  @Override
  public StepResult step(float[] action) {
    double miss = action[0] - target;
    t++;
    return new StepResult(next(), -miss * miss, t == STEPS, false);
  }

  private float[] next() {
    target = (float) (2 * rng.nextDouble() - 1);
    return new float[] {target};
  }

  @Override
  public void render(Graphics2D g, int width, int height) {}
}
