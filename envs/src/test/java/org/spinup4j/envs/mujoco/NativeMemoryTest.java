package org.spinup4j.envs.mujoco;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NativeMemoryTest {

  /**
   * A task holds about 3 MB of MuJoCo's memory once it has stepped, which the garbage collector
   * never sees: closing must free it. 200 tasks left open grow the process by about 650 MB here;
   * closed, by a few MB.
   */
  @Test
  void closingATaskGivesBackItsNativeMemory() throws IOException {
    MujocoTests.requireLibrary();
    makeStepAndClose(50); // warm-up: class loading, JIT, the allocator's first arenas
    double before = residentMb();
    makeStepAndClose(200);
    double growth = residentMb() - before;
    assertTrue(growth < 100, "resident memory grew by " + growth + " MB over 200 closed tasks");
  }

  private static void makeStepAndClose(int tasks) {
    for (int i = 0; i < tasks; i++) {
      try (Hopper env = new Hopper()) {
        env.reset(i);
        for (int t = 0; t < 20; t++) {
          if (env.step(new float[3]).done()) {
            env.reset();
          }
        }
      }
    }
  }

  private static double residentMb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Double.parseDouble(line.replaceAll("[^0-9]", "")) / 1024;
      }
    }
    throw new IllegalStateException("no VmRSS in /proc/self/status");
  }
}
