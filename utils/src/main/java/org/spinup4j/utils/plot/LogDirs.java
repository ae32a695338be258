package org.spinup4j.utils.plot;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Finds the runs to plot from the command line's log directories, as Spinning Up's plot. */
public final class LogDirs {
  private LogDirs() {}

  /**
   * Expands the command line's log directories. A directory written with a trailing separator
   * ({@code data/ppo/}) is taken as it is; anything else is a name prefix, standing for every
   * directory beside it whose name starts with it ({@code data/ppo} matches {@code data/ppo},
   * {@code data/ppo_cli0-1}, ...). Then {@code select} keeps the paths that contain all of its
   * strings and {@code exclude} drops those that contain any of its.
   *
   * @throws IllegalArgumentException naming an argument that matches nothing
   */
  public static List<Path> expand(List<String> args, List<String> select, List<String> exclude) {
    List<Path> dirs = new ArrayList<>();
    for (String arg : args) {
      List<Path> matches = expandOne(arg);
      if (matches.isEmpty()) {
        throw new IllegalArgumentException("No log directory matches '" + arg + "'");
      }
      dirs.addAll(matches);
    }
    return dirs.stream()
        .filter(d -> select == null || select.stream().allMatch(s -> d.toString().contains(s)))
        .filter(d -> exclude == null || exclude.stream().noneMatch(s -> d.toString().contains(s)))
        .toList();
  }

  private static List<Path> expandOne(String arg) {
    Path path = Path.of(arg);
    boolean trailingSeparator = arg.endsWith("/") || arg.endsWith(java.io.File.separator);
    if (trailingSeparator || path.getFileName() == null) {
      return Files.isDirectory(path) ? List.of(path) : List.of();
    }
    Path parent = path.getParent() == null ? Path.of(".") : path.getParent();
    String prefix = path.getFileName().toString();
    if (!Files.isDirectory(parent)) {
      return List.of();
    }
    try (Stream<Path> siblings = Files.list(parent)) {
      return siblings
          .filter(Files::isDirectory)
          .filter(p -> p.getFileName().toString().startsWith(prefix))
          .map(p -> path.getParent() == null ? p.getFileName() : p)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot list " + parent + ": " + e.getMessage());
    }
  }

  /**
   * Finds every {@code progress.txt} under the directories (recursively) and labels its run.
   * Runs with the same condition are one experiment: its curve is their estimate.
   *
   * @param legend one label per directory, or null to label by config.json's exp_name (else the
   *     experiment's directory name: the parent of a {@code name_s<seed>} run directory)
   * @param notes receives a line for each run skipped because it has no rows yet, and for each
   *     run whose cut last row is left out
   * @throws IllegalArgumentException if the legend does not fit or no progress.txt is found
   */
  public static List<Run> findRuns(List<Path> dirs, List<String> legend, Consumer<String> notes) {
    if (legend != null && legend.size() != dirs.size()) {
      throw new IllegalArgumentException(
          "Give one --legend label per log directory: "
              + dirs.size() + " directories " + dirs + ", " + legend.size() + " labels");
    }
    List<Run> runs = new ArrayList<>();
    int runIndex = 0;
    for (int i = 0; i < dirs.size(); i++) {
      for (Path file : progressFiles(dirs.get(i))) {
        ProgressFile progress = ProgressFile.read(file, notes);
        if (progress.rows().isEmpty()) {
          notes.accept("Skipping " + file + ": no rows yet");
          continue;
        }
        String condition = legend != null ? legend.get(i) : experimentName(file.getParent());
        runs.add(new Run(condition, condition + "-" + runIndex++, progress));
      }
    }
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("No progress.txt with data found under " + dirs);
    }
    return runs;
  }

  private static List<Path> progressFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.getFileName().toString().equals("progress.txt")).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("Cannot search " + dir + ": " + e.getMessage());
    }
  }

  /** config.json's exp_name, else the directory name without its {@code _s<seed>} run level. */
  static String experimentName(Path runDir) {
    Path config = runDir.resolve("config.json");
    if (Files.isRegularFile(config)) {
      try {
        JsonElement json = JsonParser.parseString(Files.readString(config));
        JsonElement expName = json.getAsJsonObject().get("exp_name");
        if (expName != null && expName.isJsonPrimitive()) {
          return expName.getAsString();
        }
      } catch (IOException | RuntimeException e) {
        // An unreadable config only costs us the label; fall back to the directory name.
      }
    }
    Path abs = runDir.toAbsolutePath().normalize();
    String name = abs.getFileName() == null ? "exp" : abs.getFileName().toString();
    Path parent = abs.getParent();
    if (name.matches(".*_s\\d+") && parent != null && parent.getFileName() != null) {
      return parent.getFileName().toString();
    }
    return name;
  }
}
