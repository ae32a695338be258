package org.spinup4j.envs;

import java.awt.Graphics2D;
import org.spinup4j.envs.spaces.Space;

/**
 * Truncates episodes after {@code maxEpisodeSteps} steps, as Gymnasium's TimeLimit wrapper
 * does: the step that reaches the limit reports {@code truncated = true} (unless it also
 * terminated, which takes precedence in the value target but both flags are reported).
 */
public final class TimeLimit implements Env {
  private final Env inner;
  private final int maxEpisodeSteps;
  private int elapsed;

  public TimeLimit(Env inner, int maxEpisodeSteps) {
    if (maxEpisodeSteps <= 0) {
      throw new IllegalArgumentException("maxEpisodeSteps must be > 0, got " + maxEpisodeSteps);
    }
    this.inner = inner;
    this.maxEpisodeSteps = maxEpisodeSteps;
  }

  public Env inner() {
    return inner;
  }

  public int maxEpisodeSteps() {
    return maxEpisodeSteps;
  }

  @Override
  public Space observationSpace() {
    return inner.observationSpace();
  }

  @Override
  public Space actionSpace() {
    return inner.actionSpace();
  }

  @Override
  public float[] reset(long seed) {
    elapsed = 0;
    return inner.reset(seed);
  }

  @Override
  public float[] reset() {
    elapsed = 0;
    return inner.reset();
  }

  @Override
  public StepResult step(float[] action) {
    StepResult r = inner.step(action);
    elapsed++;
    if (elapsed >= maxEpisodeSteps && !r.truncated()) {
      return new StepResult(r.observation(), r.reward(), r.terminated(), true);
    }
    return r;
  }

  @Override
  public void render(Graphics2D g, int width, int height) {
    inner.render(g, width, height);
  }

  @Override
  public int[] renderSize() {
    return inner.renderSize();
  }

  @Override
  public int renderFps() {
    return inner.renderFps();
  }

  @Override
  public void close() {
    inner.close();
  }
}
