package org.spinup4j.utils.logx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoggerTest {
  @TempDir Path tmp;
  private final ByteArrayOutputStream consoleBytes = new ByteArrayOutputStream();
  private final PrintStream console = new PrintStream(consoleBytes, true, StandardCharsets.UTF_8);

  private Logger newLogger(Path dir) {
    return new Logger(dir, console);
  }

  private List<String> progressLines(Path dir) throws IOException {
    return Files.readAllLines(dir.resolve("progress.txt"));
  }

  @Test
  void createsTheOutputDirectoryAndItsParents() {
    Path dir = tmp.resolve("a/b/c");
    try (Logger logger = newLogger(dir)) {
      assertTrue(Files.isDirectory(dir));
      assertEquals(dir, logger.outputDir());
    }
  }

  @Test
  void progressFileHasTabSeparatedHeaderThenOneRowPerDump() throws IOException {
    Path dir = tmp.resolve("run");
    try (Logger logger = newLogger(dir)) {
      for (int epoch = 0; epoch < 3; epoch++) {
        logger.logTabular("Epoch", epoch);
        logger.logTabular("LossPi", 0.5 / (epoch + 1));
        logger.logTabular("Time", 1e-5);
        logger.dumpTabular();
      }
    }
    List<String> lines = progressLines(dir);
    assertEquals(
        List.of(
            "Epoch\tLossPi\tTime",
            "0\t0.5\t1e-05",
            "1\t0.25\t1e-05",
            "2\t0.16666666666666666\t1e-05"),
        lines);
  }

  @Test
  void eachDumpIsOnDiskBeforeTheLoggerCloses() throws IOException {
    Path dir = tmp.resolve("run");
    try (Logger logger = newLogger(dir)) {
      logger.logTabular("Epoch", 0);
      logger.dumpTabular();
      assertEquals(List.of("Epoch", "0"), progressLines(dir));
    }
  }

  @Test
  void theFirstRowFreezesTheColumns() {
    try (Logger logger = newLogger(tmp.resolve("run"))) {
      logger.logTabular("Epoch", 0);
      logger.dumpTabular();
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> logger.logTabular("LossV", 1.0));
      assertTrue(e.getMessage().contains("'LossV'"), e.getMessage());
    }
  }

  @Test
  void aColumnMissingFromALaterRowIsAnError() {
    try (Logger logger = newLogger(tmp.resolve("run"))) {
      logger.logTabular("Epoch", 0);
      logger.logTabular("LossPi", 1.0);
      logger.dumpTabular();
      logger.logTabular("Epoch", 1);
      IllegalStateException e = assertThrows(IllegalStateException.class, logger::dumpTabular);
      assertTrue(e.getMessage().contains("'LossPi'"), e.getMessage());
    }
  }

  @Test
  void aKeyLoggedTwiceInOneEpochIsAnError() {
    try (Logger logger = newLogger(tmp.resolve("run"))) {
      logger.logTabular("Epoch", 0);
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> logger.logTabular("Epoch", 1));
      assertTrue(e.getMessage().contains("'Epoch'"), e.getMessage());
    }
  }

  @Test
  void consoleTableUsesTheReferenceFrame() {
    try (Logger logger = newLogger(tmp.resolve("run"))) {
      consoleBytes.reset();
      logger.logTabular("Epoch", 0);
      logger.logTabular("AverageEpRet", 12.5);
      logger.logTabular("TotalEnvInteracts", 4000);
      logger.logTabular("Time", 1.23456e-5);
      logger.logTabular("Note", "ok");
      logger.dumpTabular();
    }
    // Widest key is 17 characters, so keys take 17 and the dashes 22 + 17.
    String expected =
        String.join(
            "\n",
            "---------------------------------------",
            "|             Epoch |               0 |",
            "|      AverageEpRet |            12.5 |",
            "| TotalEnvInteracts |           4e+03 |",
            "|              Time |        1.23e-05 |",
            "|              Note |              ok |",
            "---------------------------------------",
            "");
    assertEquals(expected, consoleBytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void shortKeysStillGetFifteenColumns() {
    try (Logger logger = newLogger(tmp.resolve("run"))) {
      consoleBytes.reset();
      logger.logTabular("KL", 0.01);
      logger.dumpTabular();
    }
    String[] lines = consoleBytes.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals("-".repeat(37), lines[0]);
    assertEquals("|              KL |            0.01 |", lines[1]);
  }

  @Test
  void saveConfigWritesPrettyJsonInMapOrder() throws IOException {
    Path dir = tmp.resolve("run");
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("env_name", "CartPole-v1");
    config.put("seed", 0);
    config.put("pi_lr", 3e-4);
    config.put("ac_kwargs", Map.of("hidden_sizes", List.of(64, 64)));
    config.put("target_kl", 1e-5);
    config.put("exp_name", "ppo");
    try (Logger logger = newLogger(dir)) {
      logger.saveConfig(config);
    }
    String text = Files.readString(dir.resolve("config.json"));
    JsonObject json = JsonParser.parseString(text).getAsJsonObject();
    assertEquals(new ArrayList<>(config.keySet()), new ArrayList<>(json.keySet()));
    assertEquals("CartPole-v1", json.get("env_name").getAsString());
    assertEquals(0.0003, json.get("pi_lr").getAsDouble());
    JsonObject acKwargs = json.getAsJsonObject("ac_kwargs");
    assertEquals(64, acKwargs.getAsJsonArray("hidden_sizes").get(1).getAsInt());
    // Python's number forms and json.dumps' indent of 4.
    assertTrue(text.contains("\n    \"pi_lr\": 0.0003,\n"), text);
    assertTrue(text.contains("\"target_kl\": 1e-05,"), text);
    assertTrue(text.contains("\"seed\": 0,"), text);
    String printed = consoleBytes.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("Saving config:\n"), printed);
    assertTrue(printed.contains(text.strip()), printed);
  }

  @Test
  void refusesADirectoryThatHoldsARun() throws IOException {
    Path dir = tmp.resolve("run");
    try (Logger logger = newLogger(dir)) {
      logger.logTabular("Epoch", 0);
      logger.dumpTabular();
    }
    RunExistsException e = assertThrows(RunExistsException.class, () -> newLogger(dir));
    assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("--exp_name"), e.getMessage());
    assertEquals(List.of("Epoch", "0"), progressLines(dir), "the old run is untouched");
  }

  @Test
  void anEmptyExistingDirectoryIsFine() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("empty"));
    try (Logger logger = newLogger(dir)) {
      assertTrue(Files.exists(dir.resolve("progress.txt")));
    }
  }
}
