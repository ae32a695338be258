package org.spinup4j.envs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinup4j.envs.mujoco.MujocoTests;
import org.spinup4j.envs.spaces.Box;

class EnvsTest {

  static List<String> ids() {
    return Envs.ids();
  }

  @Test
  void registersTheClassicTasksWithTheirLimitsAndThresholds() {
    assertSpec("CartPole-v1", 500, 475);
    assertSpec("Acrobot-v1", 500, -100);
    assertSpec("MountainCar-v0", 200, -110);
    assertSpec("MountainCarContinuous-v0", 999, 90);
    assertSpec("Pendulum-v1", 200, Double.NaN);
  }

  @Test
  void registersTheMujocoTasksWithV4LimitsAndThresholds() {
    // Only the specs: making these needs the MuJoCo library (MujocoTasksTest covers that).
    assertEquals(List.of(1000, 1000, 1000, 1000, 1000),
        List.of("HalfCheetah-v4", "Hopper-v4", "Walker2d-v4", "Ant-v4", "Swimmer-v4").stream()
            .map(id -> Envs.spec(id).maxEpisodeSteps()).toList());
    assertEquals(4800, Envs.spec("HalfCheetah-v4").rewardThreshold());
    assertEquals(3800, Envs.spec("Hopper-v4").rewardThreshold());
    assertTrue(Double.isNaN(Envs.spec("Walker2d-v4").rewardThreshold()));
    assertEquals(6000, Envs.spec("Ant-v4").rewardThreshold());
    assertEquals(360, Envs.spec("Swimmer-v4").rewardThreshold());
  }

  private static void assertSpec(String id, int limit, double threshold) {
    EnvSpec spec = Envs.spec(id);
    assertEquals(limit, spec.maxEpisodeSteps(), id);
    assertEquals(threshold, spec.rewardThreshold(), id);
    TimeLimit env = assertInstanceOf(TimeLimit.class, Envs.make(id));
    assertEquals(limit, env.maxEpisodeSteps(), id);
  }

  @Test
  void makeGivesAFreshInstanceEachTime() {
    TimeLimit a = (TimeLimit) Envs.make("CartPole-v1");
    TimeLimit b = (TimeLimit) Envs.make("CartPole-v1");
    assertTrue(a.inner() != b.inner());
  }

  @Test
  void unknownNameIsRefusedWithTheRegisteredNames() {
    var e = assertThrows(IllegalArgumentException.class, () -> Envs.make("CartPole-v0"));
    assertTrue(e.getMessage().contains("'CartPole-v0'"), e.getMessage());
    for (String id : Envs.ids()) {
      assertTrue(e.getMessage().contains(id), e.getMessage());
    }
    assertFalse(Envs.isRegistered("CartPole-v0"));
  }

  @Test
  void registerRefusesAMalformedIdATakenIdAndATimeLimitBelowOneInOneLine() {
    java.util.function.Supplier<Env> factory = () -> Envs.make("CartPole-v1");
    assertEquals("environment id 'my task' is not of the form Name-vN (letters, digits, '_', '.',"
        + " ':', '/', '-', then a version, e.g. MyTask-v0)", assertThrows(
            IllegalArgumentException.class,
            () -> Envs.register(new EnvSpec("my task", 10, 0, factory))).getMessage());
    assertEquals("environment id 'CartPole-v1' is registered already; give yours another name or"
        + " version", assertThrows(IllegalArgumentException.class,
            () -> Envs.register(new EnvSpec("CartPole-v1", 10, 0, factory))).getMessage());
    assertEquals("environment Mine-v0: maxEpisodeSteps must be >= 1, got 0", assertThrows(
        IllegalArgumentException.class,
        () -> Envs.register(new EnvSpec("Mine-v0", 0, 0, factory))).getMessage());
    assertFalse(Envs.isRegistered("Mine-v0"));
  }

  @ParameterizedTest
  @MethodSource("ids")
  void observationsStayInsideTheObservationSpaceOverRandomRollouts(String id) {
    try (Env env = MujocoTests.make(id)) {
      Box space = (Box) env.observationSpace();
      float[] o = env.reset(1);
      for (int t = 0; t < 3000; t++) {
        assertTrue(space.contains(o), id + " step " + t + ": " + Arrays.toString(o));
        StepResult r = env.step(env.actionSpace().sample());
        o = r.done() ? env.reset() : r.observation();
        if (r.done()) {
          assertTrue(space.contains(r.observation()), id + " last: " + Arrays.toString(o));
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("ids")
  void sameSeedGivesTheSameEpisodesAndDifferentSeedsDiffer(String id) {
    List<float[]> first = rollout(id, 42);
    List<float[]> again = rollout(id, 42);
    List<float[]> other = rollout(id, 43);
    assertEquals(first.size(), again.size());
    for (int i = 0; i < first.size(); i++) {
      assertArrayEquals(first.get(i), again.get(i), id + " observation " + i);
    }
    assertFalse(Arrays.equals(first.get(0), other.get(0)), id + ": seeds 42 and 43 start alike");
  }

  /** Observations of two episodes under random actions, both drawn from the seed. */
  private static List<float[]> rollout(String id, long seed) {
    try (Env env = MujocoTests.make(id)) {
      List<float[]> observations = new ArrayList<>();
      observations.add(env.reset(seed));
      for (int episode = 0; episode < 2; episode++) {
        for (int t = 0; t < 300; t++) {
          StepResult r = env.step(env.actionSpace().sample());
          observations.add(r.observation());
          if (r.done()) {
            break;
          }
        }
        observations.add(env.reset());
      }
      return observations;
    }
  }

  @ParameterizedTest
  @MethodSource("ids")
  void resetWithoutSeedContinuesTheGenerator(String id) {
    try (Env env = MujocoTests.make(id)) {
      float[] seeded = env.reset(9);
      float[] next = env.reset();
      assertFalse(Arrays.equals(seeded, next), id + ": reset() repeated the seeded start");
      assertArrayEquals(seeded, env.reset(9), id + ": reseeding must restart the generator");
      assertArrayEquals(next, env.reset(), id);
    }
  }
}
