package org.spinup4j.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeerRoundsTest {
  @TempDir Path tmp;

  private Path round(String name, String json) throws IOException {
    Path file = tmp.resolve(name);
    Files.writeString(file, json);
    return file;
  }

  @Test
  void roundsArePooledEpochByEpochWithoutTheirWarmUpEpochs() throws IOException {
    // Medians of 3 and 5 would average to 4; pooled, the epochs 2, 3, 5, 6, 7 have median 5.
    Path before = round("a.json", "{\"threads\": 1, \"seconds_per_epoch\": {\"ddpg\": 3},"
        + " \"epochs\": {\"ddpg\": [100, 2, 3]}}");
    Path after = round("b.json", "{\"threads\": 1, \"seconds_per_epoch\": {\"ddpg\": 6},"
        + " \"epochs\": {\"ddpg\": [100, 5, 6, 7]}}");
    Map<String, Double> peer = PeerRounds.read(List.of(before, after), 1);
    assertEquals(Map.of("ddpg", 5.0), peer);
  }

  @Test
  void aRoundWithoutItsEpochsCountsWithItsMedian() throws IOException {
    Path file = round("a.json", "{\"threads\": 2, \"seconds_per_epoch\": {\"ppo\": 1.25}}");
    assertEquals(Map.of("ppo", 1.25), PeerRounds.read(List.of(file), 2));
  }

  @Test
  void aRoundAtAnotherThreadCountIsRefusedNamingBothCounts() throws IOException {
    Path file = round("a.json", "{\"threads\": 2, \"seconds_per_epoch\": {\"ppo\": 1.0}}");
    var e = assertThrows(IllegalArgumentException.class,
        () -> PeerRounds.read(List.of(file), 1));
    assertTrue(e.getMessage().contains("2 thread(s)") && e.getMessage().contains("at 1"),
        e.getMessage());
  }

  @Test
  void aMissingFileOrOneThatIsNotARoundIsOneLineNamingTheFile() throws IOException {
    Path missing = tmp.resolve("none.json");
    var e = assertThrows(IllegalArgumentException.class,
        () -> PeerRounds.read(List.of(missing), 1));
    assertTrue(e.getMessage().contains("none.json") && e.getMessage().contains("no such file"),
        e.getMessage());
    Path other = round("other.json", "{\"results\": []}");
    e = assertThrows(IllegalArgumentException.class, () -> PeerRounds.read(List.of(other), 1));
    assertTrue(e.getMessage().contains("other.json") && e.getMessage().contains("round.sh"),
        e.getMessage());
    Path broken = round("broken.json", "{\"threads\": 1, \"seconds_");
    e = assertThrows(IllegalArgumentException.class, () -> PeerRounds.read(List.of(broken), 1));
    assertTrue(e.getMessage().contains("broken.json"), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"), e.getMessage());
  }
}
