package org.spinup4j.algos.core;

import org.spinup4j.envs.Env;
import org.spinup4j.envs.StepResult;
import org.spinup4j.utils.logx.EpochLogger;

/**
 * The bookkeeping of the episode an on-policy algorithm is playing: its return and length, when
 * it is over, and what to log and print when its trajectory ends. The interaction loop itself
 * (act, step, store, finish the path) stays in each algorithm's file; this holds only what that
 * loop would otherwise repeat in every file.
 *
 * <pre>{@code
 * float[] o = episode.start(seed);
 * for (int t = 0; t < steps; t++) {
 *   ... act, env.step, buf.store ...
 *   boolean episodeOver = episode.add(res);
 *   if (episodeOver || t == steps - 1) {   // over, or cut by the end of the epoch
 *     buf.finishPath(res.terminated() ? 0 : V(o));
 *     o = episode.restart();
 *   }
 * }
 * }</pre>
 */
public final class Episode {
  private final Env env;
  private final EpochLogger logger;
  private final int maxEpLen;
  private double ret;
  private int len;
  private boolean over;

  /** Episodes of {@code env}, cut after {@code maxEpLen} steps, logged as EpRet and EpLen. */
  public Episode(Env env, EpochLogger logger, int maxEpLen) {
    this.env = env;
    this.logger = logger;
    this.maxEpLen = maxEpLen;
  }

  /** Seeds the environment and starts the first episode; returns its first observation. */
  public float[] start(long seed) {
    clear();
    return env.reset(seed);
  }

  /**
   * Counts one step's reward. Returns whether the episode is now over: the environment ended it
   * (terminal or its own time limit), or it reached {@code max_ep_len}.
   */
  public boolean add(StepResult res) {
    ret += res.reward();
    len++;
    over = res.done() || len == maxEpLen;
    return over;
  }

  /**
   * Ends the current trajectory and starts a new episode, returning its first observation. A
   * finished episode's return and length are logged; one cut short by the end of the epoch is not
   * (its return is not a full episode's), and a warning says so, as in Spinning Up.
   */
  public float[] restart() {
    if (over) {
      logger.store("EpRet", ret);
      logger.store("EpLen", len);
    } else {
      System.out.println("Warning: trajectory cut off by epoch at " + len + " steps.");
    }
    clear();
    return env.reset();
  }

  private void clear() {
    ret = 0;
    len = 0;
    over = false;
  }
}
