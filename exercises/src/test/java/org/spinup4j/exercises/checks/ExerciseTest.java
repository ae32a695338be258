package org.spinup4j.exercises.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExerciseTest {

  @ParameterizedTest
  @EnumSource(Exercise.class)
  void everySolutionPassesItsCheck(Exercise exercise) {
    Verdict verdict = exercise.check(true);
    System.out.println("exercise " + exercise.number() + " solution: " + verdict.line());
    assertTrue(verdict.passed(), verdict.line());
  }

  @ParameterizedTest
  @EnumSource(Exercise.class)
  void everyProblemAsShippedFailsItsCheck(Exercise exercise) {
    // Only while the file is the shipped one: a student's solved file must not fail the build.
    assumeTrue(ShippedProblem.isShipped(exercise), () -> ShippedProblem.skipReason(exercise));
    Verdict verdict = exercise.check(false);
    System.out.println("exercise " + exercise.number() + " problem: " + verdict.line());
    assertFalse(verdict.passed(), "exercise " + exercise.number() + "'s shipped problem passes"
        + " its check: its placeholder must fail, or a reader gets a PASS for nothing");
  }

  @Test
  void exercisesAreNumberedFromOneWithoutGaps() {
    Exercise[] all = Exercise.values();
    for (int i = 0; i < all.length; i++) {
      assertEquals(i + 1, all[i].number());
      assertEquals(all[i], Exercise.number(Integer.toString(i + 1)));
    }
  }

  @ParameterizedTest
  @EnumSource(Exercise.class)
  void problemAndSolutionFilesNamedByTheCommandExist(Exercise exercise) {
    Path root = ShippedProblem.root();
    assertTrue(Files.isRegularFile(root.resolve(exercise.problemFile())), exercise.problemFile());
    assertTrue(Files.isRegularFile(root.resolve(exercise.solutionFile())),
        exercise.solutionFile());
  }

  @Test
  void anUnknownNumberNamesTheExercisesThatExist() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Exercise.number("9"));
    assertEquals("no exercise '9'; exercises: 1, 2, 3, 4, 5", e.getMessage());
  }
}
