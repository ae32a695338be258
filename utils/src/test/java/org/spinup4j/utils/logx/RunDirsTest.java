package org.spinup4j.utils.logx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RunDirsTest {

  @Test
  void withoutDatestampTheRunSitsUnderItsExperiment() {
    Path dir = RunDirs.outputDir("ppo_ant", 10, Path.of("/data"), false);
    assertEquals(Path.of("/data/ppo_ant/ppo_ant_s10"), dir);
  }

  @Test
  void datestampPrefixesDayAndSecondFromTheClock() {
    Clock clock = Clock.fixed(Instant.parse("2024-03-07T21:05:09Z"), ZoneOffset.UTC);
    Path dir = RunDirs.outputDir("ppo_ant", 0, Path.of("/data"), true, clock);
    assertEquals(
        Path.of("/data/2024-03-07_ppo_ant/2024-03-07_21-05-09-ppo_ant_s0"), dir);
  }

  @Test
  void datestampUsesTheClocksTimeZone() {
    Clock clock = Clock.fixed(Instant.parse("2024-03-07T23:30:00Z"), ZoneOffset.ofHours(2));
    Path dir = RunDirs.outputDir("x", 1, Path.of("d"), true, clock);
    assertEquals(Path.of("d/2024-03-08_x/2024-03-08_01-30-00-x_s1"), dir);
  }

  @Test
  void noDataDirMeansTheDefault() {
    assertEquals(
        RunDirs.DEFAULT_DATA_DIR.resolve("e/e_s3"), RunDirs.outputDir("e", 3, null, false));
  }

  @Test
  void anExperimentNameIsOneFolderNotAPath() {
    for (String name : new String[] {"a/../../b", "..", ".", "", "a\\b"}) {
      assertThrows(IllegalArgumentException.class,
          () -> RunDirs.outputDir(name, 0, Path.of("/data"), false), name);
    }
    assertEquals(Path.of("/data/ppo-ant.v2/ppo-ant.v2_s0"),
        RunDirs.outputDir("ppo-ant.v2", 0, Path.of("/data"), false));
  }
}
