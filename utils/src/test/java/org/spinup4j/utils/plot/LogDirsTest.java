package org.spinup4j.utils.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogDirsTest {
  @TempDir Path tmp;

  private void threeExperiments() {
    Synthetic.run(tmp, "ppo", 0, 2, 10);
    Synthetic.run(tmp, "ppo_cli0-1", 0, 2, 10);
    Synthetic.run(tmp, "vpg", 0, 2, 10);
  }

  @Test
  void aPathWithoutTrailingSeparatorIsAPrefix() {
    threeExperiments();
    List<Path> dirs = LogDirs.expand(List.of(tmp.resolve("ppo").toString()), null, null);
    assertEquals(List.of(tmp.resolve("ppo"), tmp.resolve("ppo_cli0-1")), dirs);
  }

  @Test
  void aTrailingSeparatorMeansThatDirectoryOnly() {
    threeExperiments();
    List<Path> dirs = LogDirs.expand(List.of(tmp.resolve("ppo") + "/"), null, null);
    assertEquals(1, dirs.size());
    assertEquals(tmp.resolve("ppo"), dirs.get(0));
  }

  @Test
  void selectAndExcludeFilterBySubstring() {
    threeExperiments();
    String all = tmp.resolve("").toString() + "/";
    List<String> prefix = List.of(tmp.resolve("p").toString(), tmp.resolve("v").toString());
    assertEquals(List.of(tmp.resolve("ppo_cli0-1")), LogDirs.expand(prefix, List.of("cli"), null));
    List<Path> withoutCli = LogDirs.expand(prefix, null, List.of("cli"));
    assertEquals(List.of(tmp.resolve("ppo"), tmp.resolve("vpg")), withoutCli);
    assertEquals(1, LogDirs.expand(List.of(all), null, null).size());
  }

  @Test
  void aPrefixMatchingNothingIsNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> LogDirs.expand(List.of(tmp.resolve("sac").toString()), null, null));
    assertTrue(e.getMessage().contains("sac"), e.getMessage());
  }

  @Test
  void runsAreGroupedByTheExpNameOfTheirConfig() {
    Synthetic.run(tmp, "ppo", 0, 2, 10);
    Synthetic.run(tmp, "ppo", 10, 2, 10);
    Synthetic.run(tmp, "vpg", 0, 2, 10);
    List<Run> runs = LogDirs.findRuns(List.of(tmp), null, s -> {});
    assertEquals(List.of("ppo", "ppo", "vpg"), runs.stream().map(Run::condition).toList());
    assertEquals(List.of("ppo-0", "ppo-1", "vpg-2"), runs.stream().map(Run::runLabel).toList());
  }

  @Test
  void withoutConfigTheExperimentDirectoryNamesTheGroup() throws Exception {
    Path run = Synthetic.run(tmp, "ddpg", 3, 2, 10);
    Files.delete(run.resolve("config.json"));
    assertEquals("ddpg", LogDirs.experimentName(run));
    assertEquals("loose", LogDirs.experimentName(Files.createDirectories(tmp.resolve("loose"))));
  }

  @Test
  void theLegendLabelsEachDirectory() {
    threeExperiments();
    List<Path> dirs = List.of(tmp.resolve("ppo"), tmp.resolve("vpg"));
    List<Run> runs = LogDirs.findRuns(dirs, List.of("PPO", "VPG"), s -> {});
    assertEquals(List.of("PPO", "VPG"), runs.stream().map(Run::condition).toList());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> LogDirs.findRuns(dirs, List.of("x"), s -> {}));
    assertTrue(e.getMessage().startsWith("Give one --legend label per log directory"));
  }

  @Test
  void runsWithoutRowsAreSkippedWithANote() throws Exception {
    Synthetic.run(tmp, "ppo", 0, 2, 10);
    Path fresh = Files.createDirectories(tmp.resolve("ppo/ppo_s1"));
    Files.writeString(fresh.resolve("progress.txt"), "");
    List<String> notes = new ArrayList<>();
    List<Run> runs = LogDirs.findRuns(List.of(tmp), null, notes::add);
    assertEquals(1, runs.size());
    assertEquals(1, notes.size());
    assertTrue(notes.get(0).contains("ppo_s1"), notes.get(0));
  }

  @Test
  void noProgressFileAnywhereIsAnError() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> LogDirs.findRuns(List.of(empty), null, s -> {}));
    assertTrue(e.getMessage().startsWith("No progress.txt"), e.getMessage());
  }
}
