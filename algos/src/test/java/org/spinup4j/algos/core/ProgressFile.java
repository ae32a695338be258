package org.spinup4j.algos.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A progress.txt read back for tests: its header and its rows of numbers. */
public record ProgressFile(List<String> columns, List<double[]> rows) {

  public static ProgressFile read(Path runDir) throws IOException {
    List<String> lines = Files.readAllLines(runDir.resolve("progress.txt"));
    List<String> columns = Arrays.asList(lines.get(0).split("\t", -1));
    List<double[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      rows.add(Arrays.stream(line.split("\t", -1)).mapToDouble(Double::parseDouble).toArray());
    }
    return new ProgressFile(columns, rows);
  }

  /** The value of {@code column} in row {@code row} (0 = first epoch). */
  public double get(int row, String column) {
    int i = columns.indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException("no column " + column + " in " + columns);
    }
    return rows.get(row)[i];
  }

  /** The value of {@code column} in the last row. */
  public double last(String column) {
    return get(rows.size() - 1, column);
  }

  /** Every row's value of {@code column}, rounded to whole numbers (for messages). */
  public List<Long> column(String column) {
    List<Long> values = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      values.add(Math.round(get(i, column)));
    }
    return values;
  }
}
