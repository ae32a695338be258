package org.spinup4j.algos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering that docs/architecture.md describes, checked on the sources: the library
 * (org.spinup4j.algos) never reaches into the command line, only the engine package talks to
 * DJL's engine and PyTorch directly, and the algorithm files hold nothing of the benchmark.
 */
class ArchitectureTest {
  private static final Path MAIN = mainSources();

  private static Path mainSources() {
    Path here = Path.of("src/main/java");
    return Files.isDirectory(here) ? here : Path.of("algos/src/main/java");
  }

  /** The files under {@code pkg} (and its subpackages) whose text matches {@code pattern}. */
  private static List<String> filesMatching(String pkg, String pattern) throws IOException {
    Pattern p = Pattern.compile(pattern, Pattern.MULTILINE);
    try (Stream<Path> files = Files.walk(MAIN.resolve(pkg.replace('.', '/')))) {
      return files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
        try {
          return p.matcher(Files.readString(f)).find();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).map(f -> MAIN.relativize(f).toString()).sorted().toList();
    }
  }

  @Test
  void theLibraryImportsNothingOfTheCommandLine() throws IOException {
    assertEquals(List.of(), filesMatching("org.spinup4j.algos", "org\\.spinup4j\\.cli\\b"));
  }

  @Test
  void onlyTheEnginePackageTalksToTheEngineAndPyTorchDirectly() throws IOException {
    List<String> direct = filesMatching("org.spinup4j.algos",
        "^import (static )?ai\\.djl\\.(pytorch|engine|training)\\.");
    assertEquals(List.of(), direct.stream()
        .filter(f -> !f.startsWith("org/spinup4j/algos/engine/")).toList());
  }

  @Test
  void algorithmFilesHoldNoBenchmarkOrEnginePlumbing() throws IOException {
    for (String algo : List.of("vpg", "ppo", "ddpg", "td3", "sac")) {
      assertEquals(List.of(), filesMatching("org.spinup4j.algos." + algo,
          "\\b(Profile|RegionClock|JniUtils|GradientCollector|System\\.nanoTime)\\b"), algo);
    }
  }
}
