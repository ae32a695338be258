package org.spinup4j.algos.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;

/**
 * A block of tensor work whose temporaries are all freed when it closes:
 * {@code try (Scope s = Scope.open()) { ... }}. Every NDArray created inside, whichever manager
 * it belongs to, is closed at the end (DJL's NDScope), except those passed to {@link #keep}.
 * Native memory otherwise grows with every step of a long run.
 */
public final class Scope implements AutoCloseable {
  private final NDScope scope = new NDScope();

  private Scope() {}

  public static Scope open() {
    return new Scope();
  }

  /** Keeps {@code array} alive past this scope (its manager then owns it). */
  public static NDArray keep(NDArray array) {
    NDScope.unregister(array);
    return array;
  }

  @Override
  public void close() {
    scope.close();
  }
}
