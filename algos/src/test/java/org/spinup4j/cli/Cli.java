package org.spinup4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process for tests, capturing what it prints. */
public final class Cli {
  private Cli() {}

  /** Runs {@code args}; returns {exit code, stdout, stderr}. */
  public static Object[] run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = Main.execute(cl, args);
    return new Object[] {code, out.toString(), err.toString()};
  }

  /** Exit code 2 and one line on stderr, without a stack trace, holding each of {@code parts}. */
  static void assertOneLineError(Object[] result, String... parts) {
    assertEquals(2, result[0], "exit code; stdout: " + result[1]);
    String err = ((String) result[2]).strip();
    assertFalse(err.contains("\n"), "expected one line, got:\n" + err);
    assertFalse(err.contains("Exception"), "no stack traces: " + err);
    for (String s : parts) {
      assertTrue(err.contains(s), "'" + s + "' missing from: " + err);
    }
  }
}
