package org.spinup4j.utils.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinup4j.utils.logx.RunExistsException;

class ExperimentGridTest {
  @TempDir Path tmp;
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  private static ExperimentGrid ppoAnt() {
    return new ExperimentGrid("ppo_ant")
        .add("env_name", List.of("Ant-v4"))
        .add("clip_ratio", List.of(0.1, 0.2))
        .add("ac_kwargs:hidden_sizes", List.of(List.of(32, 32), List.of(64, 32)), "h")
        .add("ac_kwargs:activation", List.of("tanh"))
        .add("seed", List.of(0, 10, 20));
  }

  @Test
  void defaultShorthandTakesThreeCharactersOfEachPart() {
    assertEquals("cli", ExperimentGrid.defaultShorthand("clip_ratio"));
    assertEquals("ac-act", ExperimentGrid.defaultShorthand("ac_kwargs:activation"));
    assertEquals("ac-hid", ExperimentGrid.defaultShorthand("ac_kwargs:hidden_sizes"));
    assertEquals("pi", ExperimentGrid.defaultShorthand("pi_lr"));
  }

  @Test
  void theSpinningUpExampleNamesItsVariants() {
    ExperimentGrid grid = ppoAnt();
    List<String> names = grid.variants().stream().map(grid::variantName).toList();
    assertEquals(12, names.size());
    assertEquals("ppo_ant_cli0-1_h32-32", names.get(0));
    assertEquals(
        Set.of(
            "ppo_ant_cli0-1_h32-32", "ppo_ant_cli0-1_h64-32",
            "ppo_ant_cli0-2_h32-32", "ppo_ant_cli0-2_h64-32"),
        new HashSet<>(names));
  }

  @Test
  void variantsAreTheCrossProductFirstKeySlowestWithNestedMaps() {
    ExperimentGrid grid =
        new ExperimentGrid("g").add("a", List.of(1, 2)).add("b:c", List.of("x", "y"));
    List<Map<String, Object>> variants = grid.variants();
    assertEquals(
        List.of(
            Map.of("a", 1, "b", Map.of("c", "x")),
            Map.of("a", 1, "b", Map.of("c", "y")),
            Map.of("a", 2, "b", Map.of("c", "x")),
            Map.of("a", 2, "b", Map.of("c", "y"))),
        variants);
    assertEquals(List.of("a", "b"), new ArrayList<>(variants.get(0).keySet()));
  }

  @Test
  void nestedKeysSharingAParentLandInOneMap() {
    Map<String, Object> variant = ppoAnt().variants().get(0);
    assertEquals(
        Map.of("hidden_sizes", List.of(32, 32), "activation", "tanh"), variant.get("ac_kwargs"));
  }

  @Test
  void booleansNameOnlyTheTrueCase() {
    ExperimentGrid grid = new ExperimentGrid("g").add("render", List.of(true, false));
    List<String> names = grid.variants().stream().map(grid::variantName).toList();
    assertEquals(List.of("g_ren", "g"), names);
  }

  @Test
  void valuesArePathSafeAndLowerCase() {
    ExperimentGrid grid =
        new ExperimentGrid("g").add("env_name", List.of("CartPole-v1", "Pendulum/v1"), "env");
    List<String> names = grid.variants().stream().map(grid::variantName).toList();
    assertEquals(List.of("g_envcartpole-v1", "g_envpendulum-v1"), names);
    assertEquals("1e-05", ExperimentGrid.pathSafe(1e-5));
    assertEquals("none", ExperimentGrid.pathSafe(null));
  }

  @Test
  void inNameShowsASingleValueAndSeedNeverShows() {
    ExperimentGrid grid =
        new ExperimentGrid("g")
            .add("seed", List.of(0, 1), "s", true)
            .add("lam", List.of(0.97), null, true);
    List<String> names = grid.variants().stream().map(grid::variantName).toList();
    assertEquals(List.of("g_lam0-97", "g_lam0-97"), names);
  }

  @Test
  void anEmptyGridNameLeavesNoLeadingUnderscore() {
    ExperimentGrid grid = new ExperimentGrid("").add("x", List.of(1, 2));
    assertEquals("x1", grid.variantName(grid.variants().get(0)));
  }

  @Test
  void aKeyCannotBeSetTwiceOrBothAsValueAndMap() {
    ExperimentGrid grid = new ExperimentGrid("g").add("a", List.of(1));
    assertThrows(IllegalArgumentException.class, () -> grid.add("a", List.of(2)));
    assertThrows(IllegalArgumentException.class, () -> grid.add("a:b", List.of(2)));
    assertThrows(IllegalArgumentException.class, () -> grid.add("c", List.of()));
  }

  @Test
  void printListsParametersShorthandsValuesAndCounts() {
    ppoAnt().print(out);
    String text = printed.toString(StandardCharsets.UTF_8);
    String line = "=".repeat(80);
    assertTrue(text.startsWith(line + "\nExperimentGrid [ppo_ant] runs over parameters:\n"));
    String clipRatio = " " + String.format("%-40s", "clip_ratio") + " [cli] \n\n\t0.1\n\t0.2\n";
    assertTrue(text.contains(clipRatio), text);
    assertTrue(text.contains("\t[32, 32]\n\t[64, 32]\n"), text);
    assertTrue(text.contains(String.format("%-40s 12\n", " Variants, counting seeds: ")), text);
    assertTrue(text.contains(String.format("%-40s 4\n", " Variants, not counting seeds: ")), text);
  }

  @Test
  void runLaunchesEachVariantWithSeedAndOutputDirectory() {
    List<String> launched = Collections.synchronizedList(new ArrayList<>());
    List<Map<String, Object>> kwargsSeen = Collections.synchronizedList(new ArrayList<>());
    Launcher record =
        (name, kwargs) -> {
          launched.add(name + "_s" + kwargs.get("seed"));
          kwargsSeen.add(kwargs);
        };
    ppoAnt().run(record, 1, tmp, false, out);
    assertEquals(12, launched.size());
    assertEquals("ppo_ant_cli0-1_h32-32_s0", launched.get(0));
    @SuppressWarnings("unchecked")
    Map<String, Object> logger = (Map<String, Object>) kwargsSeen.get(1).get("logger_kwargs");
    Path expected = tmp.resolve("ppo_ant_cli0-1_h32-32/ppo_ant_cli0-1_h32-32_s10");
    assertEquals(expected.toString(), logger.get("output_dir"));
    String text = printed.toString(StandardCharsets.UTF_8);
    String names = "ppo_ant_cli0-1_h32-32\nppo_ant_cli0-1_h64-32\n";
    assertTrue(text.contains("Preparing to run the following experiments...\n\n" + names), text);
    assertTrue(text.contains("spinup4j plot " + logger.get("output_dir") + "\n"), text);
  }

  @Test
  void aGridWithoutSeedsRunsSeedZero() {
    List<Object> seeds = new ArrayList<>();
    ExperimentGrid grid = new ExperimentGrid("g").add("x", List.of(1));
    grid.run((n, kw) -> seeds.add(kw.get("seed")), 1, tmp, false, out);
    assertEquals(List.of(0), seeds);
  }

  @Test
  void runRefusesBeforeLaunchingWhenARunAlreadyExists() throws Exception {
    Path old = Files.createDirectories(tmp.resolve("g/g_s1"));
    Files.writeString(old.resolve("progress.txt"), "Epoch\n0\n");
    List<String> launched = new ArrayList<>();
    ExperimentGrid grid = new ExperimentGrid("g").add("seed", List.of(0, 1));
    assertThrows(
        RunExistsException.class, () -> grid.run((n, kw) -> launched.add(n), 1, tmp, false, out));
    assertEquals(List.of(), launched);
    assertEquals("", printed.toString(StandardCharsets.UTF_8), "the refusal is all the user sees");
  }

  @Test
  void runRefusesBeforePrintingWhenTheDataDirIsAFile() throws Exception {
    Path file = Files.writeString(tmp.resolve("data"), "not a folder");
    List<String> launched = new ArrayList<>();
    ExperimentGrid grid = new ExperimentGrid("g").add("seed", List.of(0));
    String message = assertThrows(IllegalArgumentException.class,
        () -> grid.run((n, kw) -> launched.add(n), 1, file, false, out)).getMessage();
    assertTrue(message.contains(file + " is not a directory"), message);
    assertEquals(List.of(), launched);
    assertEquals("", printed.toString(StandardCharsets.UTF_8), "the refusal is all the user sees");
  }

  @Test
  void aGridNamedWithAPathIsRefusedBeforePrinting() {
    ExperimentGrid grid = new ExperimentGrid("a/../../b").add("seed", List.of(0));
    String message = assertThrows(IllegalArgumentException.class,
        () -> grid.run((n, kw) -> { }, 1, tmp, false, out)).getMessage();
    assertTrue(message.contains("'a/../../b'"), message);
    assertEquals("", printed.toString(StandardCharsets.UTF_8), "the refusal is all the user sees");
  }

  @Test
  void severalCpusRunVariantsAtTheSameTime() {
    // Both launches must be in flight together for either to pass the latch.
    CountDownLatch bothStarted = new CountDownLatch(2);
    List<Boolean> sawTheOther = Collections.synchronizedList(new ArrayList<>());
    Launcher waitForTheOther =
        (n, kw) -> {
          bothStarted.countDown();
          sawTheOther.add(bothStarted.await(30, TimeUnit.SECONDS));
        };
    new ExperimentGrid("g").add("x", List.of(1, 2)).run(waitForTheOther, 2, tmp, false, out);
    assertEquals(List.of(true, true), sawTheOther);
  }

  @Test
  void aFailingRunStopsTheGridAndSurfacesItsError() {
    List<Object> launched = Collections.synchronizedList(new ArrayList<>());
    ExperimentGrid grid = new ExperimentGrid("g").add("x", List.of(1, 2, 3, 4));
    Launcher failing =
        (n, kw) -> {
          launched.add(kw.get("x"));
          throw new IllegalArgumentException("bad x " + kw.get("x"));
        };
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> grid.run(failing, 1, tmp, false, out));
    assertEquals("bad x 1", e.getMessage());
    assertEquals(List.of(1), launched);
  }
}
