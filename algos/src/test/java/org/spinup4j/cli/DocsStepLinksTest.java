package org.spinup4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each algorithm page links every pseudocode step to the line of its Java file whose comment
 * carries that step's number: this test fails when a link points at any other line, or when a
 * step comment of the source has no link, so the links cannot drift as the code changes.
 */
class DocsStepLinksTest {
  private static final Pattern LINK =
      Pattern.compile("\\[(\\d+(?:-\\d+)?)\\]\\(\\.\\./\\.\\./([^)#]+\\.java)#L(\\d+)\\)");
  private static final Pattern STEP_COMMENT =
      Pattern.compile("^\\s*(?://|/\\*\\*|\\*)\\s*Steps? (\\d+(?:-\\d+)?)\\b");

  private static Path root() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("docs")) ? here : here.getParent();
  }

  @TestFactory
  Stream<DynamicTest> everyStepLinkPointsAtItsStepComment() {
    return Stream.of("vpg", "ppo", "ddpg", "td3", "sac").map(algo ->
        DynamicTest.dynamicTest(algo, () -> check(algo)));
  }

  private static void check(String algo) throws IOException {
    String page = Files.readString(root().resolve("docs/algorithms/" + algo + ".md"));
    Matcher m = LINK.matcher(page);
    List<String> linked = new ArrayList<>();
    Path source = null;
    while (m.find()) {
      source = root().resolve(m.group(2));
      List<String> lines = Files.readAllLines(source);
      int line = Integer.parseInt(m.group(3));
      Matcher step = STEP_COMMENT.matcher(lines.get(line - 1));
      assertTrue(step.find() && step.group(1).equals(m.group(1)),
          algo + ".md links step " + m.group(1) + " to line " + line + " of " + m.group(2)
              + ", which reads: " + lines.get(line - 1).strip());
      linked.add(m.group(1) + "@" + line);
    }
    assertTrue(source != null, algo + ".md has no step links");
    List<String> comments = new ArrayList<>();
    List<String> lines = Files.readAllLines(source);
    for (int i = 0; i < lines.size(); i++) {
      Matcher step = STEP_COMMENT.matcher(lines.get(i));
      if (step.find()) {
        comments.add(step.group(1) + "@" + (i + 1));
      }
    }
    assertEquals(comments.stream().sorted().toList(), linked.stream().sorted().toList(),
        "every step comment of " + source.getFileName() + " is linked from " + algo + ".md");
  }
}
