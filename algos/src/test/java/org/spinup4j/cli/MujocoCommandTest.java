package org.spinup4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinup4j.algos.core.RunConfig;
import org.spinup4j.algos.ppo.Ppo;
import org.spinup4j.algos.ppo.PpoConfig;
import org.spinup4j.envs.Env;
import org.spinup4j.envs.Envs;
import org.spinup4j.envs.mujoco.MujocoUnavailableException;
import org.spinup4j.utils.logx.EpochLogger;

/** The MuJoCo tasks on the command line: training, recording, and a machine without MuJoCo. */
class MujocoCommandTest {
  @TempDir Path tmp;

  /** Skips where MuJoCo 2.2.2 is missing, except in CI, which installs it: there it fails. */
  private static void requireMujoco() {
    try (Env env = Envs.make("Swimmer-v4")) {
      return;
    } catch (MujocoUnavailableException e) {
      if (System.getenv("CI") != null) {
        fail("CI must install MuJoCo 2.2.2 (.ci/run): " + e.getMessage());
      }
      assumeTrue(false, e.getMessage());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"HalfCheetah-v4", "Hopper-v4", "Walker2d-v4", "Ant-v4", "Swimmer-v4"})
  void aTrainedPolicyIsRecordedAsAGifHeadless(String id) throws IOException {
    requireMujoco();
    Path run = tmp.resolve("run");
    PpoConfig cfg = PpoConfig.defaults().toBuilder().set(PpoConfig.EPOCHS, 1)
        .set(PpoConfig.STEPS_PER_EPOCH, 200).build();
    try (EpochLogger logger = new EpochLogger(run, new PrintStream(new ByteArrayOutputStream()))) {
      Ppo.train(cfg, RunConfig.of(id, 0), logger);
    }
    Path gif = tmp.resolve("policy.gif");
    Object[] r = Cli.run("test_policy", run.toString(), "-n", "1", "--len", "6", "--gif",
        gif.toString());
    assertEquals(0, r[0], (String) r[2]);
    try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
      ImageReader reader = ImageIO.getImageReaders(in).next();
      reader.setInput(in);
      assertEquals(7, reader.getNumImages(true), "the reset and six steps");
      assertEquals(480, reader.read(0).getWidth());
      assertEquals(480, reader.read(0).getHeight());
    }
  }

  @Test
  void withoutTheLibraryTheRunIsOneLineNamingItAndTheInstallCommandAndWritesNothing()
      throws Exception {
    // A fresh JVM told to look for the library where there is none: the library is bound once per
    // JVM, so this cannot be shown in the JVM that runs the other tests.
    Path data = tmp.resolve("data");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
        "-Dai.djl.offline=true", "-Dspinup4j.mujoco.library=" + tmp.resolve("libmujoco.so.2.2.2"),
        Main.class.getName(), "sac", "--env", "HalfCheetah-v4", "--data_dir", data.toString())
        .redirectOutput(tmp.resolve("out.txt").toFile())
        .redirectError(tmp.resolve("err.txt").toFile())
        .start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the refusal should be quick");
    String out = Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8);
    List<String> err = Files.readAllLines(tmp.resolve("err.txt")).stream()
        .filter(l -> !l.isBlank()).toList();
    assertEquals(2, p.exitValue(), "stderr: " + err);
    assertEquals("", out);
    assertEquals(1, err.size(), "one line: " + err);
    assertTrue(err.get(0).startsWith("sac: "), err.get(0));
    assertTrue(err.get(0).contains("libmujoco.so.2.2.2"), err.get(0));
    assertTrue(err.get(0).contains("apt-get install libmujoco2.2.2"), err.get(0));
    assertFalse(Files.exists(data), "nothing written");
  }
}
