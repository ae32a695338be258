package org.spinup4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GridCommandTest {
  @TempDir Path tmp;

  private static List<String> runDirs(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.getFileName().toString().equals("progress.txt"))
          .map(p -> root.relativize(p.getParent()).toString().replace('\\', '/'))
          .sorted().toList();
    }
  }

  @Test
  void twoValuesAndTwoSeedsRunFourExperimentsNamedByTheReferenceRules() throws IOException {
    int code = Main.execute(Main.commandLine(), "vpg", "--env", "CartPole-v1", "--exp_name", "g",
        "--epochs", "1", "--steps_per_epoch", "100", "--train_v_iters", "1",
        "--pi_lr[lr]", "0.001", "0.01", "--seed", "0", "1", "--cpu", "2",
        "--data_dir", tmp.toString());
    assertEquals(0, code);
    // As in Spinning Up, each variant is an experiment of its own: DATA_DIR/variant/variant_s<seed>.
    assertEquals(List.of("g_lr0-001/g_lr0-001_s0", "g_lr0-001/g_lr0-001_s1",
        "g_lr0-01/g_lr0-01_s0", "g_lr0-01/g_lr0-01_s1"), runDirs(tmp));
    String config = Files.readString(tmp.resolve("g_lr0-01/g_lr0-01_s1/config.json"));
    assertTrue(config.contains("\"pi_lr\": 0.01"), config);
    assertTrue(config.contains("\"seed\": 1"), config);
  }

  @Test
  void aBadValueAnywhereInTheGridFailsBeforeAnythingRuns() {
    int code = Main.execute(Main.commandLine(), "vpg", "--env", "CartPole-v1", "--epochs", "1",
        "-5", "--data_dir", tmp.toString());
    assertEquals(2, code);
    assertTrue(!Files.exists(tmp.resolve("cmd_vpg")));
  }

  @Test
  void aRunThatExistsIsNeverOverwritten() throws IOException {
    String[] args = {"vpg", "--env", "CartPole-v1", "--epochs", "1", "--steps_per_epoch", "50",
        "--train_v_iters", "1", "--data_dir", tmp.toString(), "--exp_name", "once"};
    assertEquals(0, Main.execute(Main.commandLine(), args));
    byte[] before = Files.readAllBytes(tmp.resolve("once/once_s0/progress.txt"));
    assertEquals(2, Main.execute(Main.commandLine(), args));
    assertEquals(new String(before), Files.readString(tmp.resolve("once/once_s0/progress.txt")));
  }
}
