package org.spinup4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PpoCommandTest {
  @TempDir Path tmp;

  @Test
  void helpDocumentsPposOwnHyperparametersWithTheirDefaults() {
    Object[] r = Cli.run("ppo", "--help");
    assertEquals(0, r[0]);
    String help = ((String) r[1]).replaceAll("\\s+", " ");
    for (String flag : new String[] {"--clip_ratio", "--train_pi_iters", "--target_kl",
        "--train_v_iters", "--lam", "--steps_per_epoch"}) {
      assertTrue(help.contains(flag), flag + " missing from help");
    }
    assertTrue(help.contains("Default: 0.2."), help);
    assertTrue(help.contains("Default: 0.01."), help);
    assertTrue(help.contains("Default: 80."), help);
  }

  @Test
  void theTopLevelHelpListsPpoAndTestPolicy() {
    String help = (String) Cli.run("--help")[1];
    assertTrue(help.contains("ppo") && help.contains("test_policy"), help);
  }

  @Test
  void aShortRunWritesConfigProgressAndModel() throws IOException {
    Object[] r = Cli.run("ppo", "--env", "CartPole-v1", "--epochs", "1", "--steps_per_epoch", "200",
        "--clip_ratio", "0.1", "--train_pi_iters", "5", "--exp_name", "p",
        "--data_dir", tmp.toString());
    assertEquals(0, r[0], (String) r[2]);
    Path dir = tmp.resolve("p/p_s0");
    String config = Files.readString(dir.resolve("config.json"));
    assertTrue(config.contains("\"clip_ratio\"") && config.contains("0.1"), config);
    assertTrue(config.contains("\"target_kl\""), config);
    assertTrue(Files.readString(dir.resolve("progress.txt")).startsWith("Epoch\t"));
    assertTrue(Files.exists(dir.resolve("pyt_save/model.params")));
  }
}
