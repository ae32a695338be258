package org.spinup4j.algos.core;

import static org.spinup4j.algos.core.Check.atLeast;

import java.util.ArrayList;
import java.util.List;
import org.spinup4j.envs.Env;
import org.spinup4j.utils.logx.EpochLogger;

/**
 * The copies of a run's environment that an algorithm steps in lockstep ({@code num_envs});
 * closes them all. Copy i is seeded with {@link RunConfig#envSeed(int)}, so copy 0 is the
 * environment of a run with one copy.
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
    envs.forEach(Env::close);
  }
}
