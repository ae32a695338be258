package org.spinup4j.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A one-line status at the bottom of a terminal, redrawn in place ({@code \r}, then the line,
 * then "erase to the end of the line"), that everything else printed to the same stream moves
 * out of the way: before any other output the status is erased, so the epoch tables and
 * warnings come out as they would without it, and the status reappears at its next update.
 */
final class StatusLine extends FilterOutputStream {
  private static final byte[] ERASE = "\r\033[K".getBytes(StandardCharsets.US_ASCII);
  private boolean shown;

  StatusLine(OutputStream terminal) {
    super(terminal);
  }

  /** Whether a status line can be shown: the output is a terminal that understands it. */
  static boolean supported() {
    String term = System.getenv("TERM");
    return System.console() != null && term != null && !term.equals("dumb");
  }

  /** Shows {@code text} in place of the previous status. */
  synchronized void show(String text) {
    try {
      out.write(ERASE);
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.flush();
      shown = true;
    } catch (IOException e) {
      shown = false; // the terminal went away: nothing to show it on
    }
  }

  /** Erases the status, if one is shown. */
  synchronized void clear() throws IOException {
    if (shown) {
      out.write(ERASE);
      shown = false;
    }
  }

  @Override
  public synchronized void write(int b) throws IOException {
    clear();
    out.write(b);
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) throws IOException {
    clear();
    out.write(b, off, len);
  }

  /** A stream for everything else, which erases the status before it prints. */
  PrintStream printStream() {
    return new PrintStream(this, true, StandardCharsets.UTF_8);
  }

  /** {@code other} (standard error, on the same terminal), erasing the status before it prints. */
  PrintStream guard(OutputStream other) {
    StatusLine self = this;
    return new PrintStream(new FilterOutputStream(other) {
      @Override
      public void write(int b) throws IOException {
        synchronized (self) {
          self.clear();
          self.out.flush();
          out.write(b);
        }
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        synchronized (self) {
          self.clear();
          self.out.flush();
          out.write(b, off, len);
        }
      }
    }, true, StandardCharsets.UTF_8);
  }
}
