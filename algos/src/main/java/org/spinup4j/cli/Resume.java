package org.spinup4j.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.spinup4j.algos.saving.ResumeState;
import org.spinup4j.utils.logx.ConfigJson;

/**
 * {@code --resume}: what the command line checks before a stopped run continues, and what it
 * prints when a run is stopped. The state itself is {@link ResumeState}'s business.
 *
 * <p>A run resumes only as the run it was: the same algorithm and the same hyperparameters as
 * its config.json records, except a larger {@code --epochs}, which extends a finished run.
 */
final class Resume {
  private Resume() {}

  /** Keys of config.json that may differ on resume: where the directory is, and the length. */
  private static final List<String> MAY_DIFFER = List.of("logger_kwargs", "epochs");

  /**
   * How many rows of progress.txt the resumed run keeps (the epochs its saved state holds), or
   * -1 when the directory holds nothing yet, so the run starts. Refuses, in one line, a run of
   * another algorithm, changed hyperparameters, or a run that has rows but no saved state.
   */
  static int rowsToKeep(String algo, Path dir, Map<String, Object> config, PrintStream out) {
    Path progress = dir.resolve("progress.txt");
    boolean hasState = ResumeState.exists(dir);
    if (!Files.exists(progress) && !hasState) {
      out.println("Nothing to resume in " + dir + ": starting the run");
      return -1;
    }
    if (!hasState) {
      int rows = completeRows(progress);
      if (rows > 0) {
        throw new IllegalArgumentException(dir + " has " + rows + " epochs but no saved state ("
            + ResumeState.FILE + "): it was written by a spinup4j without resume, so it can "
            + "only be rerun, into a new --exp_name");
      }
      // Stopped before its first epoch ended (perhaps before its config.json was written).
      if (Files.exists(dir.resolve("config.json"))) {
        requireSameConfig(algo, dir, config);
      }
      out.println("Resuming " + dir + " from the start: it was stopped before its first epoch");
      return 0;
    }
    requireSameConfig(algo, dir, config);
    ResumeState.Header h;
    try {
      h = ResumeState.readHeader(dir);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot resume " + dir + ": " + e.getMessage());
    }
    requireAlgorithm(algo, dir);
    int epochs = ((Number) config.get("epochs")).intValue();
    if (h.epochs() < epochs) {
      out.println("Resuming " + dir + " after epoch " + h.epochs() + " of " + epochs);
    }
    return h.epochs();
  }

  /** Refuses to resume a run that another algorithm saved, naming it. */
  static void requireAlgorithm(String algo, Path dir) {
    if (!ResumeState.exists(dir)) {
      return;
    }
    String saved;
    try {
      saved = ResumeState.readHeader(dir).algo();
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot resume " + dir + ": " + e.getMessage());
    }
    if (!saved.equals(algo)) {
      throw new IllegalArgumentException(dir + " is a run of " + saved + ", not " + algo
          + "; resume it with ./run.sh " + saved + " --resume " + dir);
    }
  }

  /**
   * Refuses changed hyperparameters, naming each with its old and new value. A hyperparameter
   * that the run's config.json lacks and that now has its default was added to spinup4j after
   * the run was made (num_envs): the run had that value.
   */
  private static void requireSameConfig(String algo, Path dir, Map<String, Object> config) {
    JsonObject before = readConfig(dir);
    JsonObject now = ConfigJson.toTree(config).getAsJsonObject();
    Map<String, Object> defaults = Main.algorithm(algo).defaults();
    Map<String, JsonElement> old = flatten(before);
    Map<String, JsonElement> fresh = flatten(now);
    List<String> changed = new ArrayList<>();
    for (String key : union(old, fresh)) {
      if (MAY_DIFFER.contains(key.split(":")[0])) {
        continue;
      }
      JsonElement a = old.get(key);
      JsonElement b = fresh.get(key);
      boolean addedSince = a == null && defaults.containsKey(key)
          && ConfigJson.toTree(defaults.get(key)).equals(b);
      if (!addedSince && (a == null || !a.equals(b))) {
        changed.add(key + " " + b + " (was " + a + ")");
      }
    }
    if (!changed.isEmpty()) {
      throw new IllegalArgumentException("cannot resume " + dir + " with other hyperparameters: "
          + String.join(", ", changed) + "; only a larger --epochs may differ");
    }
    int was = before.has("epochs") ? before.get("epochs").getAsInt() : 0;
    int epochs = now.get("epochs").getAsInt();
    if (epochs < was) {
      throw new IllegalArgumentException("cannot resume " + dir + " with --epochs " + epochs
          + ", fewer than its " + was + "; only a larger --epochs may differ");
    }
  }

  /** The config.json of the run in {@code dir}, as written (one line if it is not a run). */
  static JsonObject readConfig(Path dir) {
    Path file = dir.resolve("config.json");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "cannot resume " + dir + ": it is not a run directory (no config.json)");
    }
    try {
      return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8))
          .getAsJsonObject();
    } catch (IOException | JsonParseException | IllegalStateException e) {
      throw new IllegalArgumentException("cannot resume " + dir + ": its config.json is not "
          + "readable JSON (" + e.getMessage() + ")");
    }
  }

  private static Map<String, JsonElement> flatten(JsonObject o) {
    Map<String, JsonElement> flat = new LinkedHashMap<>();
    o.entrySet().forEach(e -> {
      if (e.getValue().isJsonObject()) {
        e.getValue().getAsJsonObject().entrySet()
            .forEach(i -> flat.put(e.getKey() + ":" + i.getKey(), i.getValue()));
      } else {
        flat.put(e.getKey(), e.getValue());
      }
    });
    return flat;
  }

  private static List<String> union(Map<String, ?> a, Map<String, ?> b) {
    List<String> keys = new ArrayList<>(a.keySet());
    b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
    return keys;
  }

  /** Rows after the header that end with a line end (a row cut by a kill does not count). */
  private static int completeRows(Path progress) {
    try {
      String text = Files.readString(progress, StandardCharsets.UTF_8);
      long lines = text.chars().filter(c -> c == '\n').count();
      return (int) Math.max(0, lines - 1);
    } catch (IOException e) {
      return 0;
    }
  }

  /** The command that resumes the run in {@code dir}, with the run options that were given. */
  static String command(String algo, Path dir, Map<String, Object> kwargs) {
    StringBuilder cmd = new StringBuilder("./run.sh " + algo + " --resume " + dir);
    for (String key : List.of("threads", "device", "save_buffer")) {
      if (kwargs.containsKey(key)) {
        cmd.append(" --").append(key).append(' ').append(kwargs.get(key));
      }
    }
    return cmd.toString();
  }

  /**
   * Registers what a stopped run prints (Ctrl-C, or the SIGTERM a cluster sends at its time
   * limit): after any save in progress has finished, which epochs are kept and the command that
   * resumes the run. The process then exits as the signal says (130, 143). Returns the hook, for
   * the caller to remove when the run ends normally.
   */
  static Thread announceOnSignal(String algo, Path dir, Map<String, Object> kwargs,
      PrintStream out) {
    Thread hook = new Thread(() -> {
      boolean locked = false;
      try {
        // A save in progress finishes first (its rename is what makes it count).
        locked = ResumeState.SAVING.tryLock(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      try {
        int epochs = ResumeState.exists(dir) ? ResumeState.readHeader(dir).epochs() : 0;
        out.println();
        out.println("Stopped. " + dir + " keeps its first " + epochs + " epochs; resume with:");
        out.println("  " + command(algo, dir, kwargs));
        out.flush();
      } catch (IOException e) {
        out.println("Stopped; " + dir + " has no readable saved state: " + e.getMessage());
      } finally {
        if (locked) {
          ResumeState.SAVING.unlock();
        }
      }
    }, "resume-on-signal");
    Runtime.getRuntime().addShutdownHook(hook);
    return hook;
  }
}
