package org.spinup4j.envs.mujoco;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.spinup4j.envs.Env;
import org.spinup4j.envs.Envs;

/**
 * How the tests treat a machine without MuJoCo 2.2.2: on a developer's machine the MuJoCo tests
 * are skipped (every other task works without the library), but in CI, where {@code .ci/run}
 * installs it, a missing library fails them, so that a green CI always means they ran.
 */
public final class MujocoTests {
  private MujocoTests() {}

  /** Skips the calling test when the library is missing, or fails it in CI. */
  public static void requireLibrary() {
    if (MjLib.available()) {
      return;
    }
    String why = "MuJoCo 2.2.2 is not usable here: " + unavailableReason();
    if (System.getenv("CI") != null) {
      fail(why + " (CI must install it; see .ci/run)");
    }
    assumeTrue(false, why);
  }

  /** {@link Envs#make}, after {@link #requireLibrary()} when the task needs MuJoCo. */
  public static Env make(String id) {
    try {
      return Envs.make(id);
    } catch (MujocoUnavailableException e) {
      requireLibrary();
      throw e;
    }
  }

  private static String unavailableReason() {
    try {
      MjLib.require();
      return "";
    } catch (MujocoUnavailableException e) {
      return e.getMessage();
    }
  }
}
