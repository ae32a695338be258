package org.spinup4j.algos.engine;

/**
 * Time spent in the network arithmetic of updates: inside {@link Autograd} and {@link NoGrad}
 * regions (gradient steps, Bellman targets, target-network steps), summed over the outermost
 * region of each nesting. Off, and free, unless a benchmark turns it on: that is how the bench
 * command sees an update's share of a run from outside the algorithm.
 */
public final class RegionClock {
  private static volatile boolean on;
  private static long nanos;
  private static int depth;
  private static long enteredAt;

  private RegionClock() {}

  /** Starts accounting (from zero) until {@link #stop()}. */
  public static synchronized void start() {
    nanos = 0;
    depth = 0;
    on = true;
  }

  public static synchronized void stop() {
    on = false;
  }

  /** Nanoseconds spent inside regions since {@link #start()}. */
  public static synchronized long nanos() {
    return nanos;
  }

  static void enter() {
    if (on) {
      synchronized (RegionClock.class) {
        if (depth++ == 0) {
          enteredAt = System.nanoTime();
        }
      }
    }
  }

  static void exit() {
    if (on) {
      synchronized (RegionClock.class) {
        if (depth > 0 && --depth == 0) {
          nanos += System.nanoTime() - enteredAt;
        }
      }
    }
  }
}
