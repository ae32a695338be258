package org.spinup4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinup4j.algos.core.RunConfig;
import org.spinup4j.algos.ppo.Ppo;
import org.spinup4j.algos.ppo.PpoConfig;
import org.spinup4j.utils.logx.EpochLogger;

class TestPolicyCommandTest {
  private static final Pattern EPISODE =
      Pattern.compile("Episode (\\d+) \t EpRet (-?[0-9.]+) \t EpLen (\\d+)");

  @TempDir static Path trained;
  private static Path run;
  @TempDir Path tmp;

  /** A tiny PPO run on CartPole: two epochs of 400 steps, snapshots 0 and 1. */
  @BeforeAll
  static void trainATinyRun() {
    run = trained.resolve("ppo_tiny_s0");
    PpoConfig cfg = PpoConfig.defaults().toBuilder().set(PpoConfig.EPOCHS, 2)
        .set(PpoConfig.STEPS_PER_EPOCH, 400).set(PpoConfig.SAVE_FREQ, 1)
        .build();
    try (EpochLogger logger = new EpochLogger(run, new PrintStream(new ByteArrayOutputStream()))) {
      Ppo.train(cfg, RunConfig.of("CartPole-v1", 0), logger);
    }
  }

  /** Runs test_policy with {@code args}; returns {exit code, stdout, stderr}. */
  private static Object[] testPolicy(Object... args) {
    List<String> argv = new ArrayList<>(List.of("test_policy"));
    for (Object a : args) {
      argv.add(a.toString());
    }
    return Cli.run(argv.toArray(new String[0]));
  }

  private static List<Matcher> episodes(Object[] result) {
    List<Matcher> lines = new ArrayList<>();
    for (String line : ((String) result[1]).split("\n")) {
      Matcher m = EPISODE.matcher(line);
      if (m.matches()) {
        lines.add(m);
      }
    }
    return lines;
  }

  /** A copy of the trained run that a test may damage. */
  private Path copyOfRun() throws IOException {
    Path copy = tmp.resolve("copy");
    try (Stream<Path> files = Files.walk(run)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path target = copy.resolve(run.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return copy;
  }

  @Test
  void printsOneLinePerEpisodeThenTheTableOfReturns() {
    Object[] r = testPolicy(run, "--episodes", 4, "--norender");
    assertEquals(0, r[0], (String) r[2]);
    List<Matcher> eps = episodes(r);
    assertEquals(4, eps.size(), (String) r[1]);
    double sum = 0;
    for (int i = 0; i < eps.size(); i++) {
      assertEquals(i, Integer.parseInt(eps.get(i).group(1)));
      assertEquals(Double.parseDouble(eps.get(i).group(2)), Integer.parseInt(eps.get(i).group(3)),
          "CartPole pays 1 per step");
      sum += Double.parseDouble(eps.get(i).group(2));
    }
    String out = (String) r[1];
    for (String key : new String[] {"AverageEpRet", "StdEpRet", "MaxEpRet", "MinEpRet", "EpLen"}) {
      assertTrue(out.contains("| " + " ".repeat(15 - key.length()) + key + " | "), key + ":\n" + out);
    }
    Matcher avg = Pattern.compile("\\|    AverageEpRet \\| +(\\S+) \\|").matcher(out);
    assertTrue(avg.find(), out);
    assertEquals(sum / 4, Double.parseDouble(avg.group(1)), sum / 4 * 0.01, "3 significant digits");
  }

  @Test
  void deterministicRunsWithTheSameSeedRepeatTheirReturns() {
    Object[] a = testPolicy(run, "-d", "-n", 3, "-nr", "--seed", 5);
    Object[] b = testPolicy(run, "--deterministic", "-n", 3, "-nr", "--seed", 5);
    assertEquals(0, a[0]);
    assertEquals(a[1], b[1]);
    assertEquals(3, episodes(a).size());
  }

  @Test
  void lenCutsEpisodesShort() {
    Object[] r = testPolicy(run, "-n", 3, "-nr", "--len", 5);
    for (Matcher m : episodes(r)) {
      assertTrue(Integer.parseInt(m.group(3)) <= 5, m.group());
    }
  }

  @Test
  void gifRecordsEveryStepOfEveryEpisode() throws IOException {
    Path gif = tmp.resolve("episodes.gif");
    Object[] r = testPolicy(run, "-n", 2, "--len", 12, "-nr", "--gif", gif);
    assertEquals(0, r[0], (String) r[2]);
    int frames = 0;
    for (Matcher m : episodes(r)) {
      frames += Integer.parseInt(m.group(3)) + 1; // the reset, then every step
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
      ImageReader reader = ImageIO.getImageReaders(in).next();
      reader.setInput(in);
      assertEquals(frames, reader.getNumImages(true));
      assertEquals(600, reader.read(0).getWidth());
    }
  }

  @Test
  void withoutADisplayItSaysSoOnOneLineAndStillRuns() {
    Object[] r = testPolicy(run, "-n", 1);
    assertEquals(0, r[0]);
    assertTrue(((String) r[1]).contains(
        "no display: running without rendering; use --gif or --mp4 to record\n"), (String) r[1]);
    assertEquals(1, episodes(r).size());
  }

  @Test
  void olderSnapshotsLoadByIteration() {
    Object[] r = testPolicy(run, "--itr", 0, "-n", 2, "-nr");
    assertEquals(0, r[0], (String) r[2]);
    assertEquals(2, episodes(r).size());
  }

  @Test
  void missingRunDirectoryIsOneLine() {
    Cli.assertOneLineError(testPolicy(tmp.resolve("nowhere"), "-nr"), "no such run directory",
        "nowhere");
  }

  @Test
  void missingSnapshotListsTheSavedOnes() {
    Cli.assertOneLineError(testPolicy(run, "-i", 7, "-nr"), "model7", "[0, 1]");
  }

  @Test
  void corruptWeightsAreOneLine() throws IOException {
    Path copy = copyOfRun();
    Files.write(copy.resolve("pyt_save/model.params"), new byte[] {0, 0, 0, 6, 0, 0, 1});
    Cli.assertOneLineError(testPolicy(copy, "-nr"), "model.params");
  }

  @Test
  void corruptDescriptionIsOneLine() throws IOException {
    Path copy = copyOfRun();
    Files.writeString(copy.resolve("pyt_save/model.json"), "{ \"algo\": \"ppo\", ");
    Cli.assertOneLineError(testPolicy(copy, "-nr"), "model.json");
  }

  @Test
  void unknownEnvironmentOrAlgorithmInTheDescriptionIsOneLine() throws IOException {
    Path copy = copyOfRun();
    Path json = copy.resolve("pyt_save/model.json");
    String meta = Files.readString(json);
    Files.writeString(json, meta.replace("CartPole-v1", "CartPole-v9"));
    Cli.assertOneLineError(testPolicy(copy, "-nr"), "CartPole-v9", "CartPole-v1");
    Files.writeString(json, meta.replace("\"ppo\"", "\"a2c\""));
    Cli.assertOneLineError(testPolicy(copy, "-nr"), "a2c");
  }

  @Test
  void badCountsAreOneLineNamingTheFlag() {
    Cli.assertOneLineError(testPolicy(run, "-n", 0, "-nr"), "--episodes", "0");
    Cli.assertOneLineError(testPolicy(run, "--len", -1, "-nr"), "--len");
    Cli.assertOneLineError(testPolicy(run, "-nr", "--gif", tmp.resolve("x.avi")), "x.avi");
  }
}
