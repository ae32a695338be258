package org.spinup4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinup4j.algos.core.OffPolicyRuns;

/**
 * The examples of docs/user-guide/java-api.md are these files: the page shows each file's code
 * between its "// [example]" lines, word for word, and the examples run.
 */
class DocsExamplesTest {
  @TempDir Path tmp;

  private static Path root() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("docs")) ? here : here.getParent();
  }

  /** The code between the two "// [example]" lines of an example's source file. */
  private static String example(String name) throws IOException {
    String source = Files.readString(root().resolve(
        "algos/src/test/java/org/spinup4j/examples/" + name + ".java"));
    String[] parts = source.split("// \\[example]\n", -1);
    assertEquals(3, parts.length, name + " has one [example] region");
    return parts[1];
  }

  @Test
  void thePageShowsTheExamplesAsTheyAre() throws IOException {
    String page = Files.readString(root().resolve("docs/user-guide/java-api.md"));
    Matcher blocks = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(page);
    List<String> shown = blocks.results().map(m -> m.group(1)).toList();
    assertEquals(List.of(example("LoggerExample"), example("GridExample")), shown);
  }

  @Test
  void theLoggerExampleWritesThreeRowsOfItsColumns() throws IOException {
    LoggerExample.main(new String[] {tmp.toString()});
    List<String> lines = Files.readAllLines(tmp.resolve("progress.txt"));
    assertEquals(List.of("Epoch", "AverageEpRet", "StdEpRet", "MaxEpRet", "MinEpRet", "EpLen"),
        List.of(lines.get(0).split("\t")));
    assertEquals(4, lines.size());
    assertTrue(Files.readString(tmp.resolve("config.json")).contains("\"logger_example\""));
  }

  @Test
  void theGridExampleTrainsFourNamedRuns() throws IOException {
    OffPolicyRuns.singleThreaded();
    GridExample.main(new String[] {tmp.toString(), "1"});
    try (Stream<Path> runs = Files.list(tmp.resolve("ppo_clip_cr0-1"))) {
      assertEquals(List.of("ppo_clip_cr0-1_s0", "ppo_clip_cr0-1_s10"),
          runs.map(p -> p.getFileName().toString()).sorted().toList());
    }
    assertEquals(2, Files.readAllLines(
        tmp.resolve("ppo_clip_cr0-3/ppo_clip_cr0-3_s10/progress.txt")).size());
  }
}
