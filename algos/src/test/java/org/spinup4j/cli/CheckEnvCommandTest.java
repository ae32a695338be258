package org.spinup4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spinup4j.envs.EnvSpec;
import org.spinup4j.envs.EnvWrapper;
import org.spinup4j.envs.Envs;
import org.spinup4j.envs.StepResult;

/** check_env from the command line: its lines, its summary and its exit code. */
class CheckEnvCommandTest {
  @BeforeAll
  static void registerABrokenCartPole() {
    if (!Envs.isRegistered("NanCartPole-v0")) {
      // CartPole whose reward is NaN from the third step of an episode: one planted error.
      Envs.register(new EnvSpec("NanCartPole-v0", 500, 475, () -> new EnvWrapper(
          Envs.make("CartPole-v1")) {
        private int t;

        @Override
        public float[] reset() {
          t = 0;
          return super.reset();
        }

        @Override
        public float[] reset(long seed) {
          t = 0;
          return super.reset(seed);
        }

        @Override
        public StepResult step(float[] action) {
          StepResult r = super.step(action);
          return ++t >= 3 ? new StepResult(r.observation(), Double.NaN, r.terminated(),
              r.truncated()) : r;
        }
      }));
    }
  }

  @Test
  void aBrokenEnvironmentGetsOneLinePerFindingASummaryAndExitCodeOne() {
    Object[] r = Cli.run("check_env", "NanCartPole-v0");
    assertEquals(1, r[0], "stderr: " + r[2]);
    assertEquals("error: step 3 after reset returned a non-finite reward: NaN\n"
        + "check_env NanCartPole-v0: failed, 1 error, 0 warnings\n", r[1]);
  }

  @Test
  void aHealthyEnvironmentPassesWithExitCodeZero() {
    Object[] r = Cli.run("check_env", "CartPole-v1");
    assertEquals(0, r[0], "stderr: " + r[2]);
    assertEquals("check_env CartPole-v1: passed, 0 errors, 0 warnings\n", r[1]);
  }

  @Test
  void anUnknownIdIsOneLineNamingTheRegisteredOnes() {
    Object[] r = Cli.run("check_env", "Mine-v0");
    assertEquals(2, r[0]);
    assertTrue(((String) r[2]).startsWith("check_env: unknown environment 'Mine-v0'; registered: "
        + "CartPole-v1, "), (String) r[2]);
    assertEquals(1, ((String) r[2]).strip().split("\n").length);
  }
}
