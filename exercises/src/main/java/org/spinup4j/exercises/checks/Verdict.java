package org.spinup4j.exercises.checks;

/**
 * The outcome of a check.
 *
 * @param passed whether the answer agreed with the reference
 * @param message what was compared, or for a failure what was expected and what came back
 */
public record Verdict(boolean passed, String message) {

  public static Verdict pass(String message) {
    return new Verdict(true, message);
  }

  public static Verdict fail(String message) {
    return new Verdict(false, message);
  }

  /** A failure for an answer that threw instead of returning. */
  public static Verdict threw(RuntimeException e) {
    return fail("your code threw " + e.getClass().getSimpleName() + ": " + e.getMessage());
  }

  /** "PASS: ..." or "FAIL: ...", the line the command prints. */
  public String line() {
    return (passed ? "PASS: " : "FAIL: ") + message;
  }
}
