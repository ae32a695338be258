package org.spinup4j.envs;

import java.awt.Graphics2D;
import org.spinup4j.envs.spaces.Space;

/**
 * An environment that wraps another (Gymnasium's {@code Wrapper}): every method forwards to the
 * inner environment, so a subclass overrides only what it changes, and a method added to {@link
 * Env} later reaches every wrapper at once.
 */
public abstract class EnvWrapper implements Env {
  private final Env inner;

  protected EnvWrapper(Env inner) {
    this.inner = inner;
  }

  /** The wrapped environment. */
  public Env inner() {
    return inner;
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
    return inner.reset(seed);
  }

  @Override
  public float[] reset() {
    return inner.reset();
  }

  @Override
  public Rng random() {
    return inner.random();
  }

  @Override
  public StepResult step(float[] action) {
    return inner.step(action);
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
