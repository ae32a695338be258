package org.spinup4j.exercises.checks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./exercises/check N [--solution]}: runs exercise N's check on the problem file (or on the
 * worked solution) and prints one PASS or FAIL line. Exit status 0 for PASS, 1 for FAIL, 2 for a
 * mistake on the command line.
 */
public final class Check {
  static final String USAGE = "usage: ./exercises/check N [--solution]   (N: an exercise below)";

  private Check() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command line and returns its exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    boolean solution = false;
    List<String> numbers = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--solution")) {
        solution = true;
      } else if (arg.equals("--help") || arg.equals("-h")) {
        out.println(USAGE);
        listExercises(out);
        return 0;
      } else if (arg.startsWith("-")) {
        err.println("check: unknown option '" + arg + "'; allowed: --solution (" + USAGE + ")");
        return 2;
      } else {
        numbers.add(arg);
      }
    }
    if (numbers.size() != 1) {
      err.println("check: give one exercise number (" + USAGE + ")");
      listExercises(err);
      return 2;
    }
    Exercise exercise;
    try {
      exercise = Exercise.number(numbers.get(0));
    } catch (IllegalArgumentException e) {
      err.println("check: " + e.getMessage());
      return 2;
    }
    out.println("Exercise " + exercise.number() + ", " + exercise.title() + ": checking "
        + (solution ? exercise.solutionFile() : exercise.problemFile()));
    Verdict verdict = exercise.check(solution);
    out.println(verdict.line());
    return verdict.passed() ? 0 : 1;
  }

  private static void listExercises(PrintStream out) {
    for (Exercise e : Exercise.values()) {
      out.println("  " + e.number() + "  " + e.title() + "  (" + e.problemFile() + ")");
    }
  }
}
