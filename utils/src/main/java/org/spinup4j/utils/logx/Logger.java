package org.spinup4j.utils.logx;

import static java.util.stream.Collectors.joining;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a run's results: one row per epoch in {@code progress.txt}, a framed table on the
 * console, and the hyperparameters in {@code config.json}. This is Spinning Up's {@code
 * logx.Logger}, minus its process-global state: each run owns its own instance.
 *
 * <p>The contract: call {@link #logTabular(String, Object)} once per column during an epoch, then
 * {@link #dumpTabular()}. The first dump fixes the columns and their order; every later row must
 * log exactly those columns, each once. A row that drifts is an error at once, rather than a
 * misaligned file discovered at plotting time.
 *
 * <p>Values are written as Python's {@code str()} writes them ({@link PyFormat}), so our {@code
 * progress.txt} files are byte-compatible with the reference's and its plotting tools read them.
 */
public class Logger implements AutoCloseable {
  private static final String PROGRESS_FILE = "progress.txt";
  private static final String CONFIG_FILE = "config.json";

  private final Path outputDir;
  private final PrintStream console;
  private final BufferedWriter progress;
  private final List<String> headers = new ArrayList<>();
  private final Map<String, Object> currentRow = new LinkedHashMap<>();
  private int rowsWritten;
  private boolean closed;

  /** A logger writing to {@code outputDir} and printing to {@code System.out}. */
  public Logger(Path outputDir) {
    this(outputDir, System.out);
  }

  /**
   * Creates {@code outputDir} (and its parents) and opens its {@code progress.txt}.
   *
   * @throws RunExistsException if the directory already holds a {@code progress.txt}
   */
  public Logger(Path outputDir, PrintStream console) {
    this(outputDir, console, -1);
  }

  /**
   * With {@code resumeRows >= 0}, continues the {@code progress.txt} of a stopped run after its
   * first {@code resumeRows} rows (the epochs its saved state holds): anything after them, rows
   * of epochs that are about to be run again or a row cut by a kill, is dropped first, and new
   * rows are appended. With {@code resumeRows < 0}, starts a new run as {@link #Logger(Path,
   * PrintStream)}.
   *
   * @throws IllegalStateException if progress.txt is missing or has fewer complete rows
   */
  public Logger(Path outputDir, PrintStream console, int resumeRows) {
    this.outputDir = outputDir;
    this.console = console;
    Path file = outputDir.resolve(PROGRESS_FILE);
    try {
      Files.createDirectories(outputDir);
      if (resumeRows < 0) {
        // CREATE_NEW checks and creates in one step, so two runs aimed at the same directory at
        // the same moment cannot both succeed.
        progress =
            Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        console.println("Logging data to " + file);
      } else {
        keepRows(file, resumeRows);
        progress = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        rowsWritten = resumeRows;
        console.println("Logging data to " + file + " after its " + resumeRows + " rows");
      }
    } catch (FileAlreadyExistsException e) {
      throw new RunExistsException(outputDir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the run directory " + outputDir, e);
    }
  }

  /** Cuts {@code file} to its header and first {@code rows} complete rows (atomically). */
  private void keepRows(Path file, int rows) throws IOException {
    if (!Files.exists(file)) {
      throw new IllegalStateException(outputDir + " has no " + PROGRESS_FILE + " to resume");
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int end = 0;
    int lines = 0;
    List<String> header = List.of();
    while (lines < (rows == 0 ? 0 : rows + 1)) {
      int newline = text.indexOf('\n', end);
      if (newline < 0) {
        throw new IllegalStateException(file + " has " + Math.max(0, lines - 1)
            + " complete rows; the saved state is at epoch " + rows);
      }
      if (lines == 0) {
        header = List.of(text.substring(0, newline).split("\t"));
      }
      end = newline + 1;
      lines++;
    }
    headers.addAll(header);
    if (end < text.length()) {
      Path tmp = outputDir.resolve(PROGRESS_FILE + ".tmp");
      SyncedFile.write(tmp, text.substring(0, end).getBytes(StandardCharsets.UTF_8));
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /** The directory this run writes to. */
  public Path outputDir() {
    return outputDir;
  }

  /**
   * Writes {@code config} to {@code config.json}, pretty-printed with its keys in the map's order,
   * and prints it to the console. See {@link ConfigJson} for how values are converted.
   */
  public void saveConfig(Map<String, ?> config) {
    String json = ConfigJson.pretty(config);
    console.println("Saving config:\n");
    console.println(json);
    // Written whole or not at all: to a temporary file, then renamed in one atomic step. On a
    // full disk the run stops here, leaving no empty or cut config.json behind.
    Path file = outputDir.resolve(CONFIG_FILE);
    Path tmp = outputDir.resolve(CONFIG_FILE + ".tmp");
    try {
      SyncedFile.write(tmp, (json + "\n").getBytes(StandardCharsets.UTF_8));
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // the first failure is the one to report
      }
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  /**
   * Records the value of one column for the current epoch: a number, boolean or string.
   *
   * @throws IllegalStateException if the key was already logged this epoch, or if it is new
   *     after the first row has fixed the columns
   */
  public void logTabular(String key, Object value) {
    if (rowsWritten > 0 && !headers.contains(key)) {
      throw new IllegalStateException(
          "Log key '" + key + "' was not in the first row, which fixed the columns: " + headers);
    }
    if (currentRow.containsKey(key)) {
      throw new IllegalStateException(
          "Log key '" + key + "' was already set this epoch; did you forget dumpTabular()?");
    }
    if (rowsWritten == 0) {
      headers.add(key);
    }
    currentRow.put(key, value);
  }

  /**
   * Ends the epoch: prints the framed table to the console and appends one tab-separated row to
   * {@code progress.txt} (preceded by the header row the first time), then flushes the file so
   * that a crashed or running experiment can still be plotted.
   *
   * @throws IllegalStateException if nothing was logged, or a column of the first row is missing
   */
  public void dumpTabular() {
    if (headers.isEmpty()) {
      throw new IllegalStateException("Nothing was logged before dumpTabular()");
    }
    for (String key : headers) {
      if (!currentRow.containsKey(key)) {
        throw new IllegalStateException(
            "Log key '" + key + "' is missing this epoch; every row needs the first row's columns");
      }
    }
    console.print(consoleTable());
    console.flush();
    try {
      if (rowsWritten == 0) {
        progress.write(String.join("\t", headers) + "\n");
      }
      String row =
          headers.stream().map(k -> PyFormat.str(currentRow.get(k))).collect(joining("\t"));
      progress.write(row + "\n");
      progress.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + outputDir.resolve(PROGRESS_FILE), e);
    }
    Map<String, Object> written = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(currentRow));
    currentRow.clear();
    rowsWritten++;
    afterDump(written);
  }

  /** How many rows (epochs) progress.txt holds so far. */
  public int rowsWritten() {
    return rowsWritten;
  }

  /**
   * Called after each row is written, with that row's values; does nothing here. A subclass can
   * report progress from it (the command line prints time left, for example).
   */
  protected void afterDump(Map<String, Object> row) {}

  /**
   * The reference's console frame: keys right-aligned in a column as wide as the longest key (at
   * least 15), values as {@code %8.3g} (strings as they are) right-aligned in 15, between dashed
   * lines of 22 + key width characters.
   */
  private String consoleTable() {
    int keyWidth = Math.max(15, headers.stream().mapToInt(String::length).max().orElse(0));
    String dashes = "-".repeat(22 + keyWidth);
    StringBuilder out = new StringBuilder(dashes).append('\n');
    for (String key : headers) {
      String value = consoleValue(currentRow.get(key));
      out.append(String.format("| %" + keyWidth + "s | %15s |\n", key, value));
    }
    return out.append(dashes).append('\n').toString();
  }

  private static String consoleValue(Object value) {
    // Python formats anything with __float__ (ints and bools included) as %8.3g.
    if (value instanceof Number n) {
      return PyFormat.formatG(n.doubleValue(), 8, 3);
    } else if (value instanceof Boolean b) {
      return PyFormat.formatG(b ? 1 : 0, 8, 3);
    }
    return PyFormat.str(value);
  }

  /** Closes {@code progress.txt}. Calling it again does nothing. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      progress.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close " + outputDir.resolve(PROGRESS_FILE), e);
    }
  }
}
