package org.spinup4j.cli.bench;

import org.spinup4j.envs.Env;
import org.spinup4j.envs.EnvWrapper;
import org.spinup4j.envs.StepResult;

/**
 * Where a run's time goes, for the bench command: time inside the environment, time in gradient
 * updates, and (by difference) the rest: acting, buffers and logging. {@link #OFF}, the default,
 * measures nothing and costs nothing.
 */
public final class Profile {
  /** The profile of an ordinary run: no clocks are read. */
  public static final Profile OFF = new Profile(false);

  private final boolean on;
  private long envNanos;
  private long updateNanos;
  private long envSteps;

  private Profile(boolean on) {
    this.on = on;
  }

  /** A profile that measures. */
  public static Profile measuring() {
    return new Profile(true);
  }

  /** {@code env}, with its steps and resets timed when this profile measures. */
  public Env timed(Env env) {
    return on ? new TimedEnv(env) : env;
  }

  /** Runs {@code update}, timing it when this profile measures. */
  public void update(Runnable update) {
    if (!on) {
      update.run();
      return;
    }
    long t0 = System.nanoTime();
    update.run();
    updateNanos += System.nanoTime() - t0;
  }

  /** Totals so far. */
  public record Totals(long envNanos, long updateNanos, long envSteps) {}

  public Totals totals() {
    return new Totals(envNanos, updateNanos, envSteps);
  }

  private final class TimedEnv extends EnvWrapper {
    TimedEnv(Env inner) {
      super(inner);
    }

    @Override
    public float[] reset(long seed) {
      long t0 = System.nanoTime();
      float[] o = super.reset(seed);
      envNanos += System.nanoTime() - t0;
      return o;
    }

    @Override
    public float[] reset() {
      long t0 = System.nanoTime();
      float[] o = super.reset();
      envNanos += System.nanoTime() - t0;
      return o;
    }

    @Override
    public StepResult step(float[] action) {
      long t0 = System.nanoTime();
      StepResult r = super.step(action);
      envNanos += System.nanoTime() - t0;
      envSteps++;
      return r;
    }
  }
}
