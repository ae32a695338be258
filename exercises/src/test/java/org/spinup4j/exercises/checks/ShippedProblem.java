package org.spinup4j.exercises.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Whether a problem file is still the one the project ships. The suite asserts that a shipped
 * problem fails its check, but the class it can load is compiled from the working file, which a
 * student edits. So that assertion only runs while the file is the shipped one: it still carries
 * its {@code TODO (exercise N)} marker and, where git can tell, has no change against the last
 * commit. A solved file (edited, or with the marker gone) makes those tests skip, not fail.
 */
final class ShippedProblem {
  private ShippedProblem() {}

  /** The repository root: the tests run in the exercises module's directory. */
  static Path root() {
    return Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
  }

  static boolean isShipped(Exercise exercise) {
    Path file = root().resolve(exercise.problemFile());
    try {
      String text = Files.readString(file);
      if (!text.contains("TODO (exercise " + exercise.number() + ")")) {
        return false;
      }
    } catch (IOException e) {
      return false;
    }
    return unchangedInGit(exercise.problemFile());
  }

  /** Why a test skipped, for the report. */
  static String skipReason(Exercise exercise) {
    return exercise.problemFile() + " differs from the shipped problem (edited, or its TODO"
        + " marker is gone): not asserting that it fails its check";
  }

  /**
   * True when git reports no change to {@code path} against HEAD, or when git cannot tell (no git,
   * or not a repository: a source archive holds the shipped files).
   */
  private static boolean unchangedInGit(String path) {
    try {
      Process p = new ProcessBuilder("git", "diff", "--quiet", "HEAD", "--", path)
          .directory(root().toFile())
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroy();
        return true;
      }
      // 0: no change; 1: changed; anything else (128: not a repository): git cannot tell.
      return p.exitValue() != 1;
    } catch (IOException e) {
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }
}
