package org.spinup4j.algos.core;

import static org.spinup4j.algos.core.Check.atLeast;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.spinup4j.envs.Env;
import org.spinup4j.envs.StepResult;
import org.spinup4j.utils.logx.EpochLogger;

/**
 * The copies of a run's environment that an algorithm steps in lockstep ({@code num_envs});
 * closes them all. Copy i is seeded with {@link RunConfig#envSeed(int)}, so copy 0 is the
 * environment of a run with one copy. With {@code --env_threads} above 1 the copies take their
 * steps at once on a pool of threads: each copy has its own generator and state, so the steps
 * come out the same as one after another.
 */
public final class EnvCopies implements AutoCloseable {
  // Not in Spinning Up, which scales VPG and PPO with MPI processes instead. Each copy has its own
  // seed and episodes; the policy acts in each in turn at every step.
  public static final Param<Integer> NUM_ENVS = Param.integer("num_envs", 1, atLeast(1),
      "Copies of the environment stepped in lockstep; steps_per_epoch counts their steps summed"
          + " and must be a multiple of it.");

  /** Each copy takes the same share of an epoch's steps. */
  static void checkSplit(int stepsPerEpoch, int numEnvs) {
    if (stepsPerEpoch % numEnvs != 0) {
      throw new IllegalArgumentException("--steps_per_epoch must be a multiple of --num_envs ("
          + numEnvs + "), got " + stepsPerEpoch);
    }
  }

  private final List<Env> envs = new ArrayList<>();
  /** Steps the copies at once; null when they step one after another. */
  private final ExecutorService pool;

  /** {@code n} fresh instances of the run's environment. */
  public EnvCopies(RunConfig run, int n) {
    try {
      for (int i = 0; i < n; i++) {
        envs.add(run.makeEnv());
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
    int threads = Math.min(run.envThreads(), n);
    pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "env-step");
      t.setDaemon(true);
      return t;
    }) : null;
  }

  /** Each copy's episode takes its action's step; on the pool when there is one. */
  public StepResult[] step(Episode[] episodes, float[][] actions) {
    StepResult[] results = new StepResult[episodes.length];
    if (pool == null) {
      for (int i = 0; i < episodes.length; i++) {
        results[i] = episodes[i].step(actions[i]);
      }
      return results;
    }
    List<Future<StepResult>> steps = new ArrayList<>();
    for (int i = 0; i < episodes.length; i++) {
      int copy = i;
      steps.add(pool.submit(() -> episodes[copy].step(actions[copy])));
    }
    // Wait for every copy before reporting a failure: a copy still stepping must not find its
    // environment closed under it (MuJoCo's native data) when the failure closes the run.
    RuntimeException failure = null;
    boolean interrupted = false;
    for (int i = 0; i < results.length; i++) {
      while (true) {
        try {
          results[i] = steps.get(i).get();
          break;
        } catch (InterruptedException e) {
          interrupted = true; // keep waiting; re-raised below
        } catch (ExecutionException e) {
          if (failure == null) {
            failure = e.getCause() instanceof RuntimeException r ? r
                : new IllegalStateException(e.getCause());
          }
          break;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the environments stepped");
    }
    if (failure != null) {
      throw failure;
    }
    return results;
  }

  public int size() {
    return envs.size();
  }

  public Env get(int copy) {
    return envs.get(copy);
  }

  /** One episode per copy, each started with its copy's seed; they log as one. */
  public Episode[] startEpisodes(RunConfig run, EpochLogger logger, int maxEpLen) {
    Episode[] episodes = new Episode[envs.size()];
    for (int i = 0; i < episodes.length; i++) {
      episodes[i] = new Episode(envs.get(i), logger, maxEpLen);
      episodes[i].start(run.envSeed(i));
    }
    return episodes;
  }

  /** The episodes' current observations, one per copy. */
  public static float[][] observations(Episode[] episodes) {
    float[][] o = new float[episodes.length][];
    for (int i = 0; i < episodes.length; i++) {
      o[i] = episodes[i].observation();
    }
    return o;
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdown(); // step() has waited for its copies, so nothing is running here
    }
    envs.forEach(Env::close);
  }
}
