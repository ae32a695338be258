package org.spinup4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinup4j.algos.core.OffPolicyRuns;
import picocli.CommandLine;

class OffPolicyCommandTest {
  @TempDir Path tmp;

  /** Runs the command line; returns {exit code, stdout, stderr}. */
  private static Object[] run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return new Object[] {cl.execute(args), out.toString(), err.toString()};
  }

  private static String oneLineError(Object[] result) {
    assertEquals(2, result[0], "exit code");
    String err = ((String) result[2]).strip();
    assertFalse(err.contains("\n"), "expected one line, got:\n" + err);
    assertFalse(err.contains("Exception"), "no stack traces: " + err);
    return err;
  }

  @Test
  void eachHelpDocumentsItsHyperparametersWithSpinningUpsDefaults() {
    String ddpg = (String) run("ddpg", "--help")[1];
    for (String flag : new String[] {"--steps_per_epoch", "--epochs", "--replay_size", "--gamma",
        "--polyak", "--batch_size", "--start_steps", "--update_after", "--update_every",
        "--num_test_episodes", "--max_ep_len", "--save_freq", "--pi_lr", "--q_lr", "--act_noise",
        "--hid", "--act", "--seed"}) {
      assertTrue(ddpg.contains(flag), flag + " missing from ddpg --help");
    }
    assertTrue(ddpg.contains("Default: 1000000") && ddpg.contains("Default: 0.995")
        && ddpg.contains("Default: [256,256]") && ddpg.contains("Default: relu"), ddpg);
    String td3 = (String) run("td3", "--help")[1];
    assertTrue(td3.contains("--target_noise") && td3.contains("--noise_clip")
        && td3.contains("--policy_delay"), td3);
    String sac = (String) run("sac", "--help")[1];
    assertTrue(sac.contains("--alpha") && sac.contains("Default: 0.2") && sac.contains("--lr"),
        sac);
    assertFalse(sac.contains("--act_noise"), "SAC explores by sampling, not by added noise");
  }

  @Test
  void aDiscreteEnvironmentIsOneLineNamingTheAlgorithmsForIt() {
    String err = oneLineError(run("td3", "--env", "CartPole-v1", "--data_dir", tmp.toString()));
    assertTrue(err.contains("vpg, ppo or sac"), err);
  }

  @Test
  void aBadAlphaIsOneLineSayingWhatIsAllowed() {
    String err = oneLineError(run("sac", "--env", "Pendulum-v1", "--alpha", "lots",
        "--data_dir", tmp.toString()));
    assertTrue(err.contains("'lots'") && err.contains("auto"), err);
    assertFalse(Files.exists(tmp.resolve("cmd_sac")), "nothing written for a bad value");
  }

  @Test
  void aShortRunFromTheCommandLineWritesItsConfigAndProgress() throws IOException {
    OffPolicyRuns.singleThreaded();
    Object[] r = run("sac", "--env", "Pendulum-v1", "--epochs", "1", "--steps_per_epoch", "120",
        "--start_steps", "50", "--update_after", "50", "--update_every", "20", "--hid", "[16]",
        "--max_ep_len", "60", "--num_test_episodes", "1", "--alpha", "auto",
        "--exp_name", "tiny", "--data_dir", tmp.toString());
    assertEquals(0, r[0], (String) r[2]);
    Path dir = tmp.resolve("tiny").resolve("tiny_s0");
    String config = Files.readString(dir.resolve("config.json"));
    assertTrue(config.contains("\"alpha\": \"auto\"") && config.contains("\"replay_size\": 1000000"),
        config);
    assertEquals(2, Files.readAllLines(dir.resolve("progress.txt")).size());
  }
}
