package org.spinup4j.algos.saving;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinup4j.algos.core.RunConfig;
import org.spinup4j.algos.engine.Scope;
import org.spinup4j.algos.engine.Torch;
import org.spinup4j.algos.nn.Parameters;
import org.spinup4j.algos.optim.Adam;
import org.spinup4j.envs.Rng;
import org.spinup4j.utils.logx.EpochLogger;

public class ResumeStateTest {
  @TempDir Path tmp;

  /** Writes one part to a state file of its own (for tests of a part). */
  public static void write(Path file, ResumeState.Part part) throws IOException {
    try (ResumeState.Out out = new ResumeState.Out(file)) {
      part.save(out);
    }
  }

  /** Reads one part back from a file written by {@link #write}. */
  public static void read(Path file, ResumeState.Part part) throws IOException {
    try (ResumeState.In in = new ResumeState.In(file)) {
      part.restore(in);
    }
  }

  private EpochLogger logger(String dir) {
    return new EpochLogger(tmp.resolve(dir), new PrintStream(new ByteArrayOutputStream()));
  }

  private static RunConfig run(boolean resume) {
    return new RunConfig("Pendulum-v1", 0, "cpu", resume, true);
  }

  @Test
  void weightsOptimiserAndGeneratorComeBackExactly() throws Exception {
    Torch.start(1);
    try (NDManager manager = Torch.newManager(Torch.device("cpu"));
        EpochLogger logger = logger("run")) {
      NDArray w = Parameters.uniform(manager, new Shape(3, 4), 1, new Rng(1));
      w.setRequiresGradient(true);
      Adam adam = new Adam(manager, List.of(w), 0.01);
      Rng rng = new Rng(2);
      rng.nextGaussian();
      for (int i = 0; i < 3; i++) {
        try (Scope s = Scope.open()) {
          adam.minimize(() -> () -> w.square().sum());
        }
      }
      new ResumeState("sac", run(false), logger)
          .tensors("w", List.of(w)).add("adam", adam).random("rng", rng).save(7);
      // What the saved run does next: one more step and one more draw.
      try (Scope s = Scope.open()) {
        adam.minimize(() -> () -> w.square().sum());
      }
      float[] expectedW = w.toFloatArray();
      double expectedDraw = rng.nextGaussian();

      NDArray w2 = manager.zeros(new Shape(3, 4));
      w2.setRequiresGradient(true);
      Adam adam2 = new Adam(manager, List.of(w2), 0.01);
      Rng rng2 = new Rng(99);
      ResumeState restored = new ResumeState("sac", run(true), logger)
          .tensors("w", List.of(w2)).add("adam", adam2).random("rng", rng2);
      assertEquals(7, restored.restore());
      try (Scope s = Scope.open()) {
        adam2.minimize(() -> () -> w2.square().sum());
      }
      assertArrayEquals(expectedW, w2.toFloatArray());
      assertEquals(expectedDraw, rng2.nextGaussian());
      ResumeState.Header h = ResumeState.readHeader(tmp.resolve("run"));
      assertEquals("sac", h.algo());
      assertEquals("Pendulum-v1", h.env());
      assertEquals(List.of("w", "adam", "rng"), h.parts());
    }
  }

  @Test
  void aDamagedOrCutFileIsOneClearErrorAndAMismatchedRunIsNamed() throws Exception {
    try (EpochLogger logger = logger("run")) {
      Rng rng = new Rng(3);
      new ResumeState("ppo", run(false), logger).random("rng", rng).save(2);
      Path file = tmp.resolve("run").resolve(Checkpoint.DIR).resolve(ResumeState.FILE);
      byte[] good = Files.readAllBytes(file);

      byte[] flipped = good.clone();
      flipped[good.length / 2] ^= 1;
      Files.write(file, flipped);
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> new ResumeState("ppo", run(true), logger).random("rng", rng).restore());
      assertTrue(e.getMessage().contains("damaged"), e.getMessage());

      Files.write(file, java.util.Arrays.copyOf(good, good.length - 3));
      e = assertThrows(IllegalStateException.class,
          () -> new ResumeState("ppo", run(true), logger).random("rng", rng).restore());
      assertTrue(e.getMessage().contains("damaged"), e.getMessage());

      Files.write(file, good);
      e = assertThrows(IllegalStateException.class,
          () -> new ResumeState("ppo", run(true), logger).random("other", rng).restore());
      assertTrue(e.getMessage().contains("[rng]"), e.getMessage());
    }
  }

  @Test
  void aSaveLeavesNoTemporaryFileAndReplacesThePreviousOneWhole() throws Exception {
    try (EpochLogger logger = logger("run")) {
      Rng rng = new Rng(4);
      ResumeState state = new ResumeState("ppo", run(false), logger).random("rng", rng);
      state.save(1);
      rng.nextLong();
      state.save(2);
      Path dir = tmp.resolve("run").resolve(Checkpoint.DIR);
      try (var files = Files.list(dir)) {
        assertEquals(List.of(ResumeState.FILE),
            files.map(p -> p.getFileName().toString()).toList());
      }
      assertEquals(2, ResumeState.readHeader(tmp.resolve("run")).epochs());
    }
  }
}
