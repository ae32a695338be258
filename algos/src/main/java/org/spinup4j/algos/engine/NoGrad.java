package org.spinup4j.algos.engine;

import ai.djl.pytorch.jni.JniUtils;

/**
 * A region in which no operation is recorded for backpropagation: Spinning Up's {@code with
 * torch.no_grad():}. Targets (the Bellman backup), the target networks' Polyak step and other
 * constants of a loss are computed in one, so that no gradient can flow into them:
 *
 * <pre>{@code
 * try (NoGrad noGrad = NoGrad.enter()) {
 *   y = backup(batch);
 * }
 * }</pre>
 *
 * <p>Closing it restores the recording mode it found. (Outside any {@link Autograd} region
 * spinup4j records nothing anyway, see {@link Torch#recordNoGradients()}; the region says so
 * where it matters, and holds even when called from inside a recording.)
 */
public final class NoGrad implements AutoCloseable {
  private final boolean wasRecording;

  private NoGrad() {
    wasRecording = JniUtils.isGradMode();
    RegionClock.enter();
    JniUtils.setGradMode(false);
  }

  /** Stops recording until {@link #close()}. */
  public static NoGrad enter() {
    return new NoGrad();
  }

  @Override
  public void close() {
    JniUtils.setGradMode(wasRecording);
    RegionClock.exit();
  }
}
