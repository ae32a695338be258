package org.spinup4j.cli.bench;

import org.spinup4j.algos.engine.RegionClock;
import org.spinup4j.envs.Env;
import org.spinup4j.envs.EnvWrapper;
import org.spinup4j.envs.StepResult;

/**
 * Where a run's time goes, for the bench command, observed from outside the algorithm: time
 * inside the environment (the run's environments are wrapped, {@link #timed}), time in the
 * updates' network arithmetic (the engine's {@link RegionClock}: gradient steps, targets, target
 * networks), and by difference the rest: acting, buffers, minibatch sampling and logging.
 */
public final class Profile implements AutoCloseable {
  private long envNanos;
  private long envSteps;

  private Profile() {}

  /** A profile that measures, from now on; {@link #close()} it when the run ends. */
  public static Profile measuring() {
    RegionClock.start();
    return new Profile();
  }

  /** Stops the update clock. */
  public void close() {
    RegionClock.stop();
  }

  /** {@code env}, with its steps and resets timed. */
  public Env timed(Env env) {
    return new TimedEnv(env);
  }

  /** Totals so far. */
  public record Totals(long envNanos, long updateNanos, long envSteps) {}

  public Totals totals() {
    return new Totals(envNanos, RegionClock.nanos(), envSteps);
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
