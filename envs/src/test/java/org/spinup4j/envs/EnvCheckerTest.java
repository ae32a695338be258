package org.spinup4j.envs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spinup4j.envs.EnvChecker.Finding;
import org.spinup4j.envs.EnvChecker.Level;
import org.spinup4j.envs.spaces.Box;
import org.spinup4j.envs.spaces.Discrete;
import org.spinup4j.envs.spaces.Space;

class EnvCheckerTest {
  /** The faults planted in {@link Walk}, each with what check_env must say about it. */
  enum Fault {
    NONE(null, null),
    OBSERVATION_OUTSIDE_ITS_SPACE(Level.ERROR, "outside its space: element 0 is 100.0"),
    NAN_OBSERVATION(Level.ERROR, "non-finite observation: element 1 is NaN"),
    WRONG_OBSERVATION_LENGTH(Level.ERROR, "observation of length 3; the observation space has 2"),
    INFINITE_REWARD(Level.ERROR, "non-finite reward: Infinity"),
    RESET_IGNORES_ITS_SEED(Level.ERROR, "gave different first observations"),
    OBSERVATION_ARRAY_REUSED(Level.ERROR, "step returned the array of the previous observation"),
    TIME_LIMIT_AS_TERMINATION(Level.WARNING, "every episode terminated at step 50"),
    STEP_AFTER_TERMINATION_ACCEPTED(Level.WARNING, "a step after the episode terminated was"),
    NO_GENERATOR_FOR_RESUME(Level.WARNING, "random() is not implemented");

    final Level level;
    final String says;

    Fault(Level level, String says) {
      this.level = level;
      this.says = says;
    }
  }

  /**
   * A one-dimensional random walk, healthy unless a fault is planted: observation (x, t / 1000)
   * in [-5, 5] x [0, 1], actions left/right by 0.5 plus noise, reward 1 per step, terminated when
   * |x| > 3, registered with a time limit of 200.
   */
  static final class Walk implements Env {
    private final Fault fault;
    private final Rng rng = new Rng();
    private final float[] shared = new float[2];
    private float x;
    private int t;
    private boolean ended;

    Walk(Fault fault) {
      this.fault = fault;
    }

    @Override
    public Space observationSpace() {
      return new Box(new float[] {-5, 0}, new float[] {5, 1});
    }

    @Override
    public Space actionSpace() {
      return new Discrete(2);
    }

    @Override
    public float[] reset(long seed) {
      rng.setSeed(seed);
      return reset();
    }

    @Override
    public float[] reset() {
      x = fault == Fault.RESET_IGNORES_ITS_SEED
          ? new Random().nextFloat() * 2 - 1
          : rng.nextFloat() * 2 - 1;
      t = 0;
      ended = false;
      return observation();
    }

    @Override
    public Rng random() {
      if (fault == Fault.NO_GENERATOR_FOR_RESUME) {
        return Env.super.random();
      }
      return rng;
    }

    @Override
    public StepResult step(float[] action) {
      if (ended && fault != Fault.STEP_AFTER_TERMINATION_ACCEPTED) {
        throw new IllegalStateException("the episode has ended; call reset()");
      }
      x += (action[0] == 1 ? 0.5f : -0.5f) + (rng.nextFloat() - 0.5f) * 0.1f;
      t++;
      boolean terminated = fault == Fault.TIME_LIMIT_AS_TERMINATION ? t >= 50 : Math.abs(x) > 3;
      ended = terminated;
      double reward = fault == Fault.INFINITE_REWARD && t == 3 ? Double.POSITIVE_INFINITY : 1;
      return new StepResult(observation(), reward, terminated, false);
    }

    private float[] observation() {
      if (fault == Fault.TIME_LIMIT_AS_TERMINATION) {
        x = Math.max(-2.5f, Math.min(2.5f, x)); // never terminates by position
      }
      float[] o = fault == Fault.OBSERVATION_ARRAY_REUSED ? shared : new float[2];
      if (fault == Fault.WRONG_OBSERVATION_LENGTH) {
        o = new float[3];
      }
      o[0] = fault == Fault.OBSERVATION_OUTSIDE_ITS_SPACE ? 100 : x;
      o[1] = fault == Fault.NAN_OBSERVATION && t == 5 ? Float.NaN : t / 1000f;
      return o;
    }

    @Override
    public void render(Graphics2D g, int width, int height) {
      g.fillRect((int) ((x + 5) / 10 * width), height / 2, 4, 4);
    }
  }

  private static List<Finding> check(Fault fault) {
    return EnvChecker.check(new EnvSpec("Walk-v0", 200, Double.NaN, () -> new Walk(fault)), 0);
  }

  @Test
  void aHealthyEnvironmentHasNoFindings() {
    assertEquals(List.of(), check(Fault.NONE));
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
  void eachPlantedFaultIsFoundAndNamedInOneLine(Fault fault) {
    List<Finding> findings = check(fault);
    assertTrue(findings.stream().anyMatch(f -> f.level() == fault.level
        && f.message().contains(fault.says) && !f.toString().contains("\n")),
        fault + " not found: " + findings);
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
  void eachPlantedFaultIsTheOnlyErrorFound(Fault fault) {
    // A checker that reported errors everywhere would be no help. (A fault may bring a warning
    // with it: an observation pinned outside its space no longer depends on the seed.)
    List<Finding> errors = check(fault).stream().filter(f -> f.level() == Level.ERROR).toList();
    assertEquals(fault.level == Level.ERROR ? 1 : 0, errors.size(), fault + ": " + errors);
  }

  @Test
  void everyBuiltInEnvironmentPassesWithoutErrors() {
    for (String id : List.of("CartPole-v1", "Acrobot-v1", "MountainCar-v0",
        "MountainCarContinuous-v0", "Pendulum-v1", "LunarLander-v3", "BipedalWalker-v3")) {
      List<Finding> errors = EnvChecker.check(id, 0).stream()
          .filter(f -> f.level() == Level.ERROR).toList();
      assertEquals(List.of(), errors, id);
    }
  }
}
