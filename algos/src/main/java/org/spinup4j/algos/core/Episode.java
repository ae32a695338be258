package org.spinup4j.algos.core;

import static org.spinup4j.algos.core.LogKeys.EP_LEN;
import static org.spinup4j.algos.core.LogKeys.EP_RET;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.spinup4j.algos.saving.ResumeState;
import org.spinup4j.envs.Env;
import org.spinup4j.envs.Rng;
import org.spinup4j.envs.StepResult;
import org.spinup4j.utils.logx.EpochLogger;

/**
 * The episode the agent is playing: its return and length, when it is over, and what to log
 * when it ends. The interaction loop itself (act, step, store) stays in each algorithm's file;
 * this holds only what every loop would otherwise repeat.
 *
 * <pre>{@code
 * float[] o = episode.start(seed);
 * for (int t = 0; t < steps; t++) {
 *   ... act ...
 *   StepResult res = episode.step(a);
 *   ... store, o = res.observation() ...
 *   if (episode.over()) {            // on-policy also ends it at the end of the epoch
 *     o = episode.restart();
 *   }
 * }
 * }</pre>
 *
 * <p>It also remembers how the episode began and which actions it took, so that a resumed run
 * can put the environment back exactly where it was: {@link #restore} resets it from the saved
 * generator state and replays the actions, as no environment (Box2D, MuJoCo) can be copied
 * whole. An episode is at most max_ep_len steps, so the replay is short.
 */
public final class Episode implements ResumeState.Part {
  private final Env env;
  private final EpochLogger logger;
  private final int maxEpLen;
  private double ret;
  private int len;
  private boolean over;
  private float[] observation;

  /** For a resume: the seed of the first episode (or none), the generator before the reset... */
  private Long seed;
  private Rng.State beforeReset;
  /** ...and before each step, with the step's action. */
  private final List<Rng.State> beforeStep = new ArrayList<>();
  private final List<float[]> actions = new ArrayList<>();

  /** Episodes of {@code env}, cut after {@code maxEpLen} steps, logged as EpRet and EpLen. */
  public Episode(Env env, EpochLogger logger, int maxEpLen) {
    this.env = env;
    this.logger = logger;
    this.maxEpLen = maxEpLen;
  }

  /** Seeds the environment and starts the first episode; returns its first observation. */
  public float[] start(long seed) {
    clear(seed);
    observation = env.reset(seed);
    return observation;
  }

  /**
   * Takes one step and counts its reward. The episode is then {@link #over()} if the
   * environment ended it (terminal or its own time limit) or it reached {@code max_ep_len}.
   */
  public StepResult step(float[] action) {
    beforeStep.add(env.random().state());
    actions.add(action.clone());
    StepResult res = env.step(action);
    logger.stepTaken(); // progress inside the epoch, on a terminal
    ret += res.reward();
    len++;
    over = res.done() || len == maxEpLen;
    observation = res.observation();
    return res;
  }

  /** Whether the last step ended the episode. */
  public boolean over() {
    return over;
  }

  /** The last observation: the reset's, or the last step's. */
  public float[] observation() {
    return observation;
  }

  /**
   * Ends the current trajectory and starts a new episode, returning its first observation. A
   * finished episode's return and length are logged; one cut short by the end of the epoch is not
   * (its return is not a full episode's), and a warning says so, as in Spinning Up.
   */
  public float[] restart() {
    if (over) {
      logger.store(EP_RET, ret);
      logger.store(EP_LEN, len);
    } else {
      System.out.println("Warning: trajectory cut off by epoch at " + len + " steps.");
    }
    clear(null);
    observation = env.reset();
    return observation;
  }

  private void clear(Long seed) {
    ret = 0;
    len = 0;
    over = false;
    this.seed = seed;
    beforeReset = env.random().state();
    beforeStep.clear();
    actions.clear();
  }

  @Override
  public void save(ResumeState.Out out) throws IOException {
    out.writeBoolean(seed != null);
    out.writeLong(seed == null ? 0 : seed);
    out.writeRng(beforeReset);
    out.writeInt(actions.size());
    for (int i = 0; i < actions.size(); i++) {
      out.writeRng(beforeStep.get(i));
      out.writeFloats(actions.get(i));
    }
    out.writeRng(env.random().state());
  }

  /** Plays the saved episode again: the same reset, the same actions, the same generator draws. */
  @Override
  public void restore(ResumeState.In in) throws IOException {
    boolean seeded = in.readBoolean();
    long savedSeed = in.readLong();
    Rng.State reset = in.readRng();
    env.random().restore(reset);
    if (seeded) {
      start(savedSeed);
    } else {
      clear(null);
      observation = env.reset();
    }
    int steps = in.readInt();
    for (int i = 0; i < steps; i++) {
      env.random().restore(in.readRng());
      step(in.readFloats());
    }
    env.random().restore(in.readRng());
  }
}
