package org.spinup4j.envs;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.spinup4j.envs.spaces.Box;
import org.spinup4j.envs.spaces.Discrete;
import org.spinup4j.envs.spaces.Space;

/**
 * Checks that a registered environment keeps the promises the algorithms rely on, in the spirit
 * of Stable-Baselines3's {@code check_env} and Gymnasium's env checker ({@code ./run.sh
 * check_env ID}). Each broken promise is one {@link Finding}: an error where training would go
 * wrong (an observation outside its space, a NaN, a reset that ignores its seed), a warning where
 * it would only lose a feature or hide a likely mistake.
 */
public final class EnvChecker {
  public enum Level { ERROR, WARNING }

  /** One broken promise, in one line. */
  public record Finding(Level level, String message) {
    @Override
    public String toString() {
      return (level == Level.ERROR ? "error: " : "warning: ") + message;
    }
  }

  /** Steps of the determinism check, and most steps the episode checks take in all. */
  static final int DETERMINISM_STEPS = 100;
  static final int EPISODES = 5;
  static final int MAX_TOTAL_STEPS = 20_000;

  private final EnvSpec spec;
  private final long seed;
  private final List<Finding> findings = new ArrayList<>();

  private EnvChecker(EnvSpec spec, long seed) {
    this.spec = spec;
    this.seed = seed;
  }

  /** The findings for registered environment {@code id}, from seed {@code seed}; empty if none. */
  public static List<Finding> check(String id, long seed) {
    return check(Envs.spec(id), seed);
  }

  /** The findings for the environment {@code spec} describes, registered or not. */
  public static List<Finding> check(EnvSpec spec, long seed) {
    EnvChecker c = new EnvChecker(spec, seed);
    c.run();
    return c.findings;
  }

  private void error(String message) {
    findings.add(new Finding(Level.ERROR, message));
  }

  private void warning(String message) {
    findings.add(new Finding(Level.WARNING, message));
  }

  private void run() {
    try (Env env = new TimeLimit(spec.factory().get(), spec.maxEpisodeSteps())) {
      if (!spacesDeclared(env)) {
        return;
      }
      try {
        observationsAndRewards(env);
        determinism(env);
        episodes(env, spec.maxEpisodeSteps());
        stepAfterTermination(env);
      } catch (RuntimeException e) {
        error("the environment threw " + e + " during the checks above");
      }
      resumable(env);
      rendering(env);
    } catch (RuntimeException e) {
      error("could not make the environment: " + e);
    }
  }

  /** Both spaces exist and are of a kind the algorithms handle. */
  private boolean spacesDeclared(Env env) {
    Space obs = env.observationSpace();
    Space act = env.actionSpace();
    if (obs == null || act == null) {
      error("observationSpace() and actionSpace() must return a space, got " + obs + " and "
          + act);
      return false;
    }
    if (!(obs instanceof Box)) {
      error("the observation space must be a Box (the networks read float vectors), got " + obs);
      return false;
    }
    if (act instanceof Box box) {
      for (int i = 0; i < box.flatDim(); i++) {
        if (!(box.low(i) <= box.high(i))) {
          error("action bound " + i + " has low " + box.low(i) + " above high " + box.high(i));
          return false;
        }
        if (!Float.isFinite(box.low(i)) || !Float.isFinite(box.high(i))) {
          warning("action bound " + i + " is infinite: DDPG, TD3 and SAC need bounded actions");
        }
      }
    }
    return true;
  }

  /** Actions drawn with our own generator, so that the environment's is left alone. */
  private static float[] randomAction(Space space, Random rng) {
    if (space instanceof Discrete d) {
      return new float[] {rng.nextInt(d.n())};
    }
    Box box = (Box) space;
    float[] a = new float[box.flatDim()];
    for (int i = 0; i < a.length; i++) {
      float lo = Float.isFinite(box.low(i)) ? box.low(i) : -1;
      float hi = Float.isFinite(box.high(i)) ? box.high(i) : 1;
      a[i] = lo + rng.nextFloat() * (hi - lo);
    }
    return a;
  }

  /** An observation of the right length, finite, inside the space; first problem only. */
  private boolean observationOk(Env env, float[] o, String where) {
    Box space = (Box) env.observationSpace();
    if (o == null || o.length != space.flatDim()) {
      error(where + " returned an observation of length " + (o == null ? "null" : o.length)
          + "; the observation space has " + space.flatDim());
      return false;
    }
    for (int i = 0; i < o.length; i++) {
      if (!Float.isFinite(o[i])) {
        error(where + " returned a non-finite observation: element " + i + " is " + o[i]);
        return false;
      }
    }
    if (!space.contains(o)) {
      for (int i = 0; i < o.length; i++) {
        if (o[i] < space.low(i) || o[i] > space.high(i)) {
          error(where + " returned an observation outside its space: element " + i + " is "
              + o[i] + ", not in [" + space.low(i) + ", " + space.high(i) + "]");
          return false;
        }
      }
    }
    return true;
  }

  /** reset and step give valid observations, finite rewards, and a new array each time. */
  private void observationsAndRewards(Env env) {
    Random rng = new Random(seed);
    float[] o = env.reset(seed);
    if (!observationOk(env, o, "reset(" + seed + ")")) {
      return;
    }
    float[] before = o.clone();
    boolean observationReported = false;
    boolean rewardReported = false;
    for (int t = 0; t < DETERMINISM_STEPS; t++) {
      StepResult r = env.step(randomAction(env.actionSpace(), rng));
      if (!observationReported && r.observation() == o) {
        error("step returned the array of the previous observation, changed in place: the "
            + "algorithms keep the previous observation, so return a new array at every step");
        observationReported = true;
      }
      if (!observationReported
          && !observationOk(env, r.observation(), "step " + (t + 1) + " after reset")) {
        observationReported = true;
      }
      if (!rewardReported && !Double.isFinite(r.reward())) {
        error("step " + (t + 1) + " after reset returned a non-finite reward: " + r.reward());
        rewardReported = true;
      }
      if (!observationReported && !Arrays.equals(before, o)) {
        error("the observation reset returned was changed by the next step: return a new array");
        observationReported = true;
      }
      if (r.done()) {
        o = env.reset();
      } else {
        o = r.observation();
      }
      before = o.clone();
    }
  }

  /** The same seed and actions give the same episode; another seed, another start. */
  private void determinism(Env env) {
    List<String> first = trajectory(env, seed);
    List<String> second = trajectory(env, seed);
    if (!first.equals(second)) {
      int at = 0;
      while (at < Math.min(first.size(), second.size()) && first.get(at).equals(second.get(at))) {
        at++;
      }
      error("reset(" + seed + ") twice, then the same actions, gave different "
          + (at == 0 ? "first observations" : "results from step " + at)
          + ": the environment must draw all its randomness from the seeded generator");
    } else if (Arrays.equals(env.reset(seed).clone(), env.reset(seed + 1))) {
      warning("reset(" + seed + ") and reset(" + (seed + 1) + ") give the same first observation:"
          + " does reset use its seed? (fine if the task always starts in one state)");
    }
  }

  private List<String> trajectory(Env env, long s) {
    Random rng = new Random(seed + 7);
    List<String> out = new ArrayList<>();
    out.add(Arrays.toString(env.reset(s)));
    for (int t = 0; t < DETERMINISM_STEPS; t++) {
      StepResult r = env.step(randomAction(env.actionSpace(), rng));
      out.add(Arrays.toString(r.observation()) + " " + r.reward() + " " + r.terminated() + " "
          + r.truncated());
      if (r.done()) {
        break;
      }
    }
    return out;
  }

  /**
   * Episodes under random actions: the registered time limit must end an episode as truncation,
   * and an environment that always terminates at the same step is probably reporting a time limit
   * of its own as termination.
   */
  private void episodes(Env env, int limit) {
    Random rng = new Random(seed + 11);
    List<Integer> terminatedAt = new ArrayList<>();
    int total = 0;
    env.reset(seed + 100);
    for (int e = 0; e < EPISODES && total < MAX_TOTAL_STEPS; e++) {
      if (e > 0) {
        env.reset();
      }
      for (int t = 1; t <= limit && total < MAX_TOTAL_STEPS; t++, total++) {
        StepResult r = env.step(randomAction(env.actionSpace(), rng));
        if (t == limit && !r.terminated() && !r.truncated()) {
          error("the step that reached the time limit (" + limit + ") did not report "
              + "truncated = true");
        }
        if (r.terminated()) {
          terminatedAt.add(t);
        }
        if (r.done()) {
          break;
        }
      }
    }
    if (terminatedAt.size() >= 3 && terminatedAt.stream().distinct().count() == 1
        && terminatedAt.get(0) > 1) {
      warning("every episode terminated at step " + terminatedAt.get(0) + ": if that is a time "
          + "limit, report it as truncated = true (or leave it to the registered limit), not as "
          + "terminated, or the algorithms will treat the last state as having no future");
    }
  }

  /** Algorithms never step an ended episode; an environment should say what it does then. */
  private void stepAfterTermination(Env env) {
    Random rng = new Random(seed + 13);
    env.reset(seed);
    for (int t = 0; t < MAX_TOTAL_STEPS; t++) {
      StepResult r = env.step(randomAction(env.actionSpace(), rng));
      if (r.terminated()) {
        try {
          env.step(randomAction(env.actionSpace(), rng));
          warning("a step after the episode terminated was accepted: refuse it "
              + "(IllegalStateException) or document what it does");
        } catch (IllegalStateException refused) {
          // refused, as it should be
        }
        return;
      }
      if (r.truncated()) {
        env.reset();
      }
    }
  }

  /** --resume replays episodes from the environment's generator. */
  private void resumable(Env env) {
    try {
      env.random();
    } catch (UnsupportedOperationException e) {
      warning("random() is not implemented, so runs on it cannot be resumed (--resume): extend "
          + "SeededEnv, or return the generator all randomness comes from");
    }
  }

  /** test_policy draws the environment; drawing must not fail. */
  private void rendering(Env env) {
    int[] size = env.renderSize();
    BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      env.reset(seed);
      env.render(g, size[0], size[1]);
    } catch (RuntimeException e) {
      warning("render failed (" + e + "): test_policy cannot show or record it");
    } finally {
      g.dispose();
    }
  }
}
