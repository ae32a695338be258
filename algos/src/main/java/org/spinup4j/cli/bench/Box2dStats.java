package org.spinup4j.cli.bench;

import java.util.List;
import java.util.Locale;
import org.spinup4j.envs.Env;
import org.spinup4j.envs.Envs;
import org.spinup4j.envs.StepResult;
import org.spinup4j.envs.TimeLimit;
import org.spinup4j.envs.box2d.BipedalWalker;
import org.spinup4j.envs.box2d.BipedalWalkerHeuristic;
import org.spinup4j.envs.box2d.LunarLander;
import org.spinup4j.envs.box2d.LunarLanderHeuristic;

/**
 * Measures the figures in {@code docs/environments-box2d.md}: for each Box2D task, episode length
 * and return of the uniform random policy over seeded episodes (mean and standard deviation),
 * the hand-written controllers' returns, and stepping speed on one thread.
 *
 * <p>Run: {@code java -cp envs/target/classes:<jbox2d jar> org.spinup4j.cli.bench.Box2dStats
 * [episodes]} (default 500 episodes per task). Episode {@code k} uses seed {@code k}; actions come
 * from the action space, which shares the env's generator, so every figure but the speeds is
 * reproducible.
 */
public final class Box2dStats {
  private static final List<String> TASKS =
      List.of(
          "LunarLander-v3",
          "LunarLanderContinuous-v3",
          "BipedalWalker-v3",
          "BipedalWalkerHardcore-v3");
  private static final int SPEED_STEPS = 200_000;

  private Box2dStats() {}

  /** Mean and population standard deviation of a sample. */
  record Summary(double mean, double std) {
    static Summary of(double[] xs) {
      double mean = 0;
      for (double x : xs) {
        mean += x / xs.length;
      }
      double var = 0;
      for (double x : xs) {
        var += (x - mean) * (x - mean) / xs.length;
      }
      return new Summary(mean, Math.sqrt(var));
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.1f ± %.1f", mean, std);
    }
  }

  /** A policy: the action for an observation (may keep state between calls of an episode). */
  interface Policy {
    float[] act(Env env, float[] observation);

    default void startEpisode() {}
  }

  /**
   * What {@code episodes} seeded episodes gave: return and length, how many ended at -100 (crash
   * or fall) and at the time limit, and, for the walker, the distance walked (else null).
   */
  record Episodes(
      Summary returns, Summary lengths, int minusHundred, int truncated, Summary distance) {}

  static Episodes run(String id, Policy policy, int episodes) {
    double[] returns = new double[episodes];
    double[] lengths = new double[episodes];
    double[] distance = new double[episodes];
    int minusHundred = 0;
    int truncated = 0;
    try (Env env = Envs.make(id)) {
      Env inner = ((TimeLimit) env).inner();
      for (int k = 0; k < episodes; k++) {
        float[] obs = env.reset(k);
        policy.startEpisode();
        double startX = inner instanceof BipedalWalker w ? w.hullX() : 0;
        StepResult r;
        do {
          r = env.step(policy.act(env, obs));
          obs = r.observation();
          returns[k] += r.reward();
          lengths[k]++;
        } while (!r.done());
        minusHundred += r.terminated() && r.reward() == -100 ? 1 : 0;
        truncated += r.truncated() && !r.terminated() ? 1 : 0;
        distance[k] = inner instanceof BipedalWalker w ? w.hullX() - startX : 0;
      }
    }
    boolean walker = id.startsWith("BipedalWalker");
    return new Episodes(
        Summary.of(returns),
        Summary.of(lengths),
        minusHundred,
        truncated,
        walker ? Summary.of(distance) : null);
  }

  static final Policy RANDOM = (env, obs) -> env.actionSpace().sample();

  /** Steps per second of the bare env (no time limit) under random actions, resets included. */
  static double stepsPerSecond(String id) {
    try (Env env = ((TimeLimit) Envs.make(id)).inner()) {
      env.reset(12345);
      int limit = Envs.spec(id).maxEpisodeSteps();
      stepFor(env, SPEED_STEPS / 4, limit); // warm up the JIT
      long start = System.nanoTime();
      stepFor(env, SPEED_STEPS, limit);
      return SPEED_STEPS / ((System.nanoTime() - start) / 1e9);
    }
  }

  private static void stepFor(Env env, int steps, int limit) {
    int t = 0;
    for (int i = 0; i < steps; i++) {
      StepResult r = env.step(env.actionSpace().sample());
      if (r.done() || ++t >= limit) {
        env.reset();
        t = 0;
      }
    }
  }

  public static void main(String[] args) {
    int episodes = 500;
    if (args.length > 0) {
      try {
        episodes = parseEpisodes(args[0]);
      } catch (IllegalArgumentException e) {
        System.err.println(e.getMessage());
        System.exit(2);
      }
    }
    System.out.printf("Random policy, %d seeded episodes per task (seeds 0..%d)%n", episodes,
        episodes - 1);
    System.out.println(
        "| task | length (mean ± std) | return (mean ± std) | ended at -100 | time limit |"
            + " steps/s (1 thread) |");
    System.out.println("|---|---|---|---|---|---|");
    for (String id : TASKS) {
      Episodes e = run(id, RANDOM, episodes);
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %d | %d | %,.0f |%n", id, e.lengths(),
          e.returns(), e.minusHundred(), e.truncated(), stepsPerSecond(id));
    }

    System.out.printf("%nHand-written controllers, %d seeded episodes%n", episodes);
    System.out.println(
        "| task | length (mean ± std) | return (mean ± std) | ended at -100 | time limit |"
            + " distance m (mean ± std) |");
    System.out.println("|---|---|---|---|---|---|");
    Policy lander = (env, obs) -> new float[] {LunarLanderHeuristic.discreteAction(obs)};
    Policy landerContinuous = (env, obs) -> LunarLanderHeuristic.continuousAction(obs);
    BipedalWalkerHeuristic gait = new BipedalWalkerHeuristic();
    Policy walker =
        new Policy() {
          @Override
          public float[] act(Env env, float[] obs) {
            return gait.act(obs);
          }

          @Override
          public void startEpisode() {
            gait.reset();
          }
        };
    report("LunarLander-v3", run("LunarLander-v3", lander, episodes));
    report("LunarLanderContinuous-v3", run("LunarLanderContinuous-v3", landerContinuous, episodes));
    report("BipedalWalker-v3", run("BipedalWalker-v3", walker, episodes));
  }

  private static void report(String id, Episodes e) {
    System.out.printf(Locale.ROOT, "| %s | %s | %s | %d | %d | %s |%n", id, e.lengths(),
        e.returns(), e.minusHundred(), e.truncated(), e.distance() == null ? "-" : e.distance());
  }

  private static int parseEpisodes(String arg) {
    try {
      int n = Integer.parseInt(arg);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException ignored) {
      // fall through to the message below
    }
    throw new IllegalArgumentException("episodes must be a positive integer, got '" + arg + "'");
  }
}
