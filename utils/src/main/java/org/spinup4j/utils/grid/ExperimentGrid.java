package org.spinup4j.utils.grid;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spinup4j.utils.logx.PyFormat;
import org.spinup4j.utils.logx.RunDirs;
import org.spinup4j.utils.logx.RunExistsException;

/**
 * A set of experiments: every combination of the candidate values of each parameter, as Spinning
 * Up's {@code ExperimentGrid}.
 *
 * <pre>{@code
 * ExperimentGrid eg = new ExperimentGrid("ppo_ant");
 * eg.add("env_name", List.of("Ant-v4"));
 * eg.add("clip_ratio", List.of(0.1, 0.2));
 * eg.add("ac_kwargs:hidden_sizes", List.of(List.of(32, 32), List.of(64, 32)), "h");
 * eg.add("seed", List.of(0, 10, 20));
 * eg.run(launcher, 1, Path.of("data"), false);   // 12 runs, e.g. ppo_ant_cli0-1_h32-32_s10
 * }</pre>
 *
 * <p>A variant's name is the grid's name followed, for each parameter that takes several values
 * (or was added with {@code inName}), by "_", its shorthand and its value made path-safe. A
 * parameter whose values are all booleans adds only "_" and its shorthand, and only when true.
 * The seed never enters the name: runs that differ only by seed are the same experiment, told
 * apart by the {@code _s<seed>} suffix of their directories, and plotted together.
 */
public final class ExperimentGrid {
  private static final int LINE_WIDTH = 80;

  private final String name;
  private final List<Parameter> parameters = new ArrayList<>();
  private String commandName = "spinup4j";

  /** One parameter of the grid: its key, candidate values, shorthand and whether it is named. */
  private record Parameter(String key, List<Object> values, String shorthand, boolean inName) {
    boolean allBooleans() {
      return values.stream().allMatch(v -> v instanceof Boolean);
    }
  }

  /** An empty grid whose variants' names will start with {@code name}. */
  public ExperimentGrid(String name) {
    this.name = name == null ? "" : name;
  }

  /** Adds a parameter with the default shorthand. */
  public ExperimentGrid add(String key, List<?> values) {
    return add(key, values, null, false);
  }

  /** Adds a parameter; see {@link #add(String, List, String, boolean)}. */
  public ExperimentGrid add(String key, List<?> values, String shorthand) {
    return add(key, values, shorthand, false);
  }

  /**
   * Adds a parameter to the grid.
   *
   * @param key the parameter's name; {@code a:b} sets {@code b} inside the map {@code a}
   * @param values its candidate values, at least one
   * @param shorthand its abbreviation in variant names; null means {@link #defaultShorthand}
   * @param inName put it in variant names even when it has only one value
   * @throws IllegalArgumentException if the key is empty or already set, or there are no values
   */
  public ExperimentGrid add(String key, List<?> values, String shorthand, boolean inName) {
    if (key == null || key.isEmpty() || key.startsWith(":") || key.endsWith(":")) {
      throw new IllegalArgumentException("Invalid parameter key '" + key + "'");
    }
    if (values == null || values.isEmpty()) {
      throw new IllegalArgumentException("Parameter '" + key + "' needs at least one value");
    }
    for (Parameter p : parameters) {
      if (p.key.equals(key) || p.key.startsWith(key + ":") || key.startsWith(p.key + ":")) {
        throw new IllegalArgumentException(
            "Parameter '" + key + "' clashes with '" + p.key + "': you can't set one key twice");
      }
    }
    String sh = shorthand == null ? defaultShorthand(key) : shorthand;
    List<Object> copy = Collections.unmodifiableList(new ArrayList<>(values));
    parameters.add(new Parameter(key, copy, sh, inName));
    return this;
  }

  /**
   * The first three characters of each ':'-separated part of the key, less any that are not
   * letters or digits, joined with '-': {@code clip_ratio} gives {@code cli}, {@code
   * ac_kwargs:activation} gives {@code ac-act}.
   */
  public static String defaultShorthand(String key) {
    List<String> parts = new ArrayList<>();
    for (String part : key.split(":", -1)) {
      String first3 = part.substring(0, Math.min(3, part.length()));
      parts.add(first3.replaceAll("[^A-Za-z0-9]", ""));
    }
    return String.join("-", parts);
  }

  /** The grid's name, the stem of every variant's name. */
  public String name() {
    return name;
  }

  /** The parameters' keys, in the order they were added. */
  public List<String> keys() {
    return parameters.stream().map(Parameter::key).toList();
  }

  /** The candidate values of {@code key}, or an empty list if the grid does not set it. */
  public List<Object> values(String key) {
    for (Parameter p : parameters) {
      if (p.key.equals(key)) {
        return p.values;
      }
    }
    return List.of();
  }

  /**
   * Sets the program name used in the plot and test_policy commands printed after each run
   * (default {@code spinup4j}).
   */
  public ExperimentGrid commandName(String command) {
    this.commandName = command;
    return this;
  }

  /**
   * Every combination of values, the first parameter varying slowest. Nested keys become nested
   * maps: {@code ac_kwargs:hidden_sizes} gives {@code {ac_kwargs={hidden_sizes=[64, 64]}}}.
   */
  public List<Map<String, Object>> variants() {
    List<Map<String, Object>> flat = List.of(new LinkedHashMap<>());
    for (int i = parameters.size() - 1; i >= 0; i--) {
      Parameter p = parameters.get(i);
      List<Map<String, Object>> grown = new ArrayList<>();
      for (Object value : p.values) {
        for (Map<String, Object> rest : flat) {
          Map<String, Object> v = new LinkedHashMap<>();
          v.put(p.key, value);
          v.putAll(rest);
          grown.add(v);
        }
      }
      flat = grown;
    }
    return flat.stream().map(ExperimentGrid::unflatten).toList();
  }

  private static Map<String, Object> unflatten(Map<String, Object> flat) {
    Map<String, Object> nested = new LinkedHashMap<>();
    flat.forEach(
        (key, value) -> {
          Map<String, Object> target = nested;
          String[] path = key.split(":");
          for (int i = 0; i < path.length - 1; i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> inner =
                (Map<String, Object>) target.computeIfAbsent(path[i], k -> new LinkedHashMap<>());
            target = inner;
          }
          target.put(path[path.length - 1], value);
        });
    return nested;
  }

  /** The name of {@code variant} (one of {@link #variants()}), as the class comment describes. */
  public String variantName(Map<String, ?> variant) {
    StringBuilder out = new StringBuilder(name);
    for (Parameter p : parameters) {
      if ((p.values.size() < 2 && !p.inName) || p.key.equals("seed")) {
        continue;
      }
      String paramName = pathSafe(p.shorthand);
      Object value = lookup(variant, p.key);
      if (p.allBooleans()) {
        out.append(Boolean.TRUE.equals(value) ? "_" + paramName : "");
      } else {
        out.append('_').append(paramName).append(pathSafe(value));
      }
    }
    return out.toString().replaceFirst("^_+", "");
  }

  /** Finds {@code a:b:c} in a nested variant, as variant[a][b][c]. */
  private static Object lookup(Map<String, ?> variant, String key) {
    if (variant.containsKey(key)) {
      return variant.get(key);
    }
    int colon = key.indexOf(':');
    Object inner = colon < 0 ? null : variant.get(key.substring(0, colon));
    if (!(inner instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("The variant has no value for '" + key + "'");
    }
    @SuppressWarnings("unchecked")
    Map<String, ?> next = (Map<String, ?>) map;
    return lookup(next, key.substring(colon + 1));
  }

  /**
   * A value as it may appear in a directory name: lists joined with '-', everything else as
   * Python's {@code str()} in lower case with any character other than a letter, digit, '_' or
   * '-' turned into '-' (0.1 gives 0-1, [64,64] gives 64-64, CartPole-v1 gives cartpole-v1).
   */
  static String pathSafe(Object value) {
    if (value instanceof List<?> items) {
      return String.join("-", items.stream().map(ExperimentGrid::pathSafe).toList());
    } else if (value instanceof Class<?> type) {
      return pathSafe(type.getSimpleName()); // Python uses a class's __name__
    }
    return PyFormat.str(value).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
  }

  /** Prints the parameters, their shorthands and values, and the number of variants. */
  public void print(PrintStream out) {
    StringBuilder text = new StringBuilder("=".repeat(LINE_WIDTH)).append('\n');
    // A long name moves the rest of the announcement to the next line.
    String nameInsert = "[" + name + "]";
    String rest = " runs over parameters:\n";
    boolean fits = ("ExperimentGrid " + nameInsert + rest).length() <= LINE_WIDTH;
    text.append("ExperimentGrid ").append(nameInsert).append(fits ? "" : "\n").append(rest);
    text.append('\n');
    for (Parameter p : parameters) {
      text.append(String.format(" %-40s [%s] \n\n", p.key, p.shorthand));
      p.values.forEach(v -> text.append('\t').append(PyFormat.str(v)).append('\n'));
      text.append('\n');
    }
    long total = parameters.stream().mapToLong(p -> p.values.size()).reduce(1, (a, b) -> a * b);
    long seeds = Math.max(1, values("seed").size());
    text.append(String.format("%-40s %d\n", " Variants, counting seeds: ", total));
    text.append(String.format("%-40s %d\n", " Variants, not counting seeds: ", total / seeds));
    text.append('\n').append("=".repeat(LINE_WIDTH)).append('\n');
    out.print(text);
    out.flush();
  }

  /** {@link #run(Launcher, int, Path, boolean, PrintStream)} printing to {@code System.out}. */
  public void run(Launcher launcher, int numCpu, Path dataDir, boolean datestamp) {
    run(launcher, numCpu, dataDir, datestamp, System.out);
  }

  /**
   * Runs every variant: prints the grid and the variants' names, then launches each variant with
   * its hyperparameters, its seed (0 if the grid has none) and its output directory ({@link
   * RunDirs}); after each run, prints the commands that plot it and watch its agent.
   *
   * <p>With {@code numCpu > 1}, up to {@code numCpu} variants run at once, each in its own
   * thread, so the launcher must be safe to call concurrently: launching each experiment as a
   * subprocess is the simple way (and isolates runs, as the reference does). If a run fails, no
   * further runs start; those already running finish, then the failure is rethrown.
   *
   * @param dataDir the parent of all output directories; null means {@link
   *     RunDirs#DEFAULT_DATA_DIR}
   * @throws RunExistsException before anything runs, if a variant's directory already holds a run
   * @throws IllegalArgumentException before anything runs or is printed, if a variant's name is
   *     not a plain folder name or its directory cannot be made under {@code dataDir}
   */
  public void run(Launcher launcher, int numCpu, Path dataDir, boolean datestamp, PrintStream out) {
    run(launcher, numCpu, dataDir, datestamp, false, out);
  }

  /**
   * As {@link #run(Launcher, int, Path, boolean, PrintStream)}; with {@code resume}, a variant
   * whose directory already holds a run is launched with {@code resume: true} in its kwargs (to
   * continue from its saved state) instead of being refused.
   */
  public void run(Launcher launcher, int numCpu, Path dataDir, boolean datestamp, boolean resume,
      PrintStream out) {
    if (numCpu < 1) {
      throw new IllegalArgumentException("num_cpu must be at least 1, got " + numCpu);
    }
    GridRunner runner = new GridRunner(this, launcher, dataDir, datestamp, resume, out);
    // Before the grid's description: a refused command prints its one-line error and nothing else.
    runner.checkRunDirectories();
    print(out);
    runner.runAll(numCpu);
  }

  /**
   * The grid's runs as {@link #run} would hand them to its launcher, after the same checks (no
   * run overwritten unless resumed, every directory creatable), for launchers that take the
   * whole grid at once (a Slurm job array). Runs nothing and writes nothing.
   */
  public List<Launch> launches(Path dataDir, boolean datestamp, boolean resume) {
    GridRunner runner = new GridRunner(this, null, dataDir, datestamp, resume, System.out);
    runner.checkRunDirectories();
    return variants().stream().map(runner::launchOf).toList();
  }

  String commandName() {
    return commandName;
  }
}
