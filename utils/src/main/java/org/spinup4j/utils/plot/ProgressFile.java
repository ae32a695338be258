package org.spinup4j.utils.plot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * One run's {@code progress.txt}: a tab-separated header row, then one row of values per epoch.
 * Values are read as numbers in Python's spelling ({@code 1e-05}, {@code nan}, {@code inf});
 * {@code True}/{@code False} read as 1 and 0, and any other text as NaN.
 *
 * @param file where the table was read from
 * @param columns the header, in file order
 * @param rows one array per epoch, aligned with {@code columns}
 */
public record ProgressFile(Path file, List<String> columns, List<double[]> rows) {

  /**
   * Reads {@code file}, refusing a cut last row.
   *
   * @throws IllegalArgumentException naming the file if it cannot be read or a row does not
   *     have one value per column
   */
  public static ProgressFile read(Path file) {
    return read(file, null);
  }

  /**
   * Reads {@code file}. A last row cut by an interrupted write (no line end: the logger ends
   * every row with one) is left out, and {@code notes} gets one line saying so; without {@code
   * notes} such a row is read as it is, and refused if it is short.
   *
   * @throws IllegalArgumentException naming the file if it cannot be read or a row does not
   *     have one value per column
   */
  public static ProgressFile read(Path file, Consumer<String> notes) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("Cannot read " + file + ": " + e.getMessage());
    }
    List<String> lines = text.lines().toList();
    if (lines.isEmpty()) {
      return new ProgressFile(file, List.of(), List.of());
    }
    List<String> columns = List.of(lines.get(0).split("\t", -1));
    List<double[]> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isEmpty()) {
        continue;
      }
      String[] fields = lines.get(i).split("\t", -1);
      // The logger ends every row with a line end: a last line without one was cut mid-write,
      // even where it has every field (the last number may be cut).
      boolean cutLastRow = i == lines.size() - 1 && !text.endsWith("\n");
      if (cutLastRow && notes != null) {
        notes.accept(String.format("Warning: %s: its last row was cut by an interrupted write"
            + " (no line end); plotting its %d complete rows", file, rows.size()));
        break;
      }
      if (fields.length != columns.size()) {
        throw new IllegalArgumentException(
            String.format(
                "Truncated or malformed %s: line %d has %d values, the header has %d columns",
                file, i + 1, fields.length, columns.size()));
      }
      rows.add(Arrays.stream(fields).mapToDouble(ProgressFile::parseValue).toArray());
    }
    return new ProgressFile(file, columns, List.copyOf(rows));
  }

  /** Whether the table has the column {@code name}. */
  public boolean has(String name) {
    return columns.contains(name);
  }

  /**
   * The values of column {@code name}, one per row.
   *
   * @throws IllegalArgumentException naming the file and listing its columns if there is none
   */
  public double[] column(String name) {
    int index = columns.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException(
          "No column '" + name + "' in " + file + "; available: " + String.join(", ", columns));
    }
    return rows.stream().mapToDouble(row -> row[index]).toArray();
  }

  static double parseValue(String text) {
    switch (text) {
      case "nan":
        return Double.NaN;
      case "inf":
        return Double.POSITIVE_INFINITY;
      case "-inf":
        return Double.NEGATIVE_INFINITY;
      case "True":
        return 1;
      case "False":
        return 0;
      default:
        try {
          return Double.parseDouble(text);
        } catch (NumberFormatException e) {
          return Double.NaN; // a text column cannot be plotted
        }
    }
  }
}
