package org.spinup4j.exercises.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CheckTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Check.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theSolutionFlagChecksTheSolutionAndExitsZeroOnPass() {
    assertEquals(0, run("1", "--solution"));
    assertTrue(out().contains("solutions/GaussianLikelihood.java"), out());
    assertTrue(out().lines().anyMatch(l -> l.startsWith("PASS: ")), out());
  }

  @Test
  void theShippedProblemExitsOneWithAFailLine() {
    assumeTrue(ShippedProblem.isShipped(Exercise.PPO_CLIP_LOSS),
        () -> ShippedProblem.skipReason(Exercise.PPO_CLIP_LOSS));
    assertEquals(1, run("2"));
    assertTrue(out().contains("problems/PpoClipLoss.java"), out());
    assertTrue(out().lines().anyMatch(l -> l.startsWith("FAIL: ")), out());
  }

  @Test
  void anUnknownExerciseIsOneLineNamingTheOnesThatExist() {
    assertEquals(2, run("7"));
    assertEquals("check: no exercise '7'; exercises: 1, 2, 3, 4, 5", err().strip());
  }

  @Test
  void anUnknownOptionIsRefused() {
    assertEquals(2, run("1", "--solutoin"));
    assertTrue(err().startsWith("check: unknown option '--solutoin'"), err());
  }

  @Test
  void noNumberPrintsUsageAndTheList() {
    assertEquals(2, run());
    assertTrue(err().contains("usage: ./exercises/check N"), err());
    assertTrue(err().contains("problems/DdpgQLearning.java"), err());
  }
}
