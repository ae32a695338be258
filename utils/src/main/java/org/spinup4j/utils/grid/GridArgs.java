package org.spinup4j.utils.grid;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spinup4j.utils.logx.PyFormat;

/**
 * Spinning Up's command-line grammar for running experiments, read into an {@link ExperimentGrid}
 * and the options of the run itself.
 *
 * <pre>
 * ppo --exp_name ppo_ant --env Ant-v4 --clip_ratio 0.1 0.2 --hid[h] [32,32] [64,32] --seed 0 10
 * </pre>
 *
 * <ul>
 *   <li>Every {@code --key} starts a parameter; the tokens up to the next {@code --} are its
 *       values, each read by {@link Literals}. A flag with no value means {@code true}. Several
 *       values make a grid: every combination runs.
 *   <li>{@code --key[sh]} gives the key the shorthand {@code sh} in experiment names.
 *   <li>{@code a:b} sets {@code b} inside {@code a} ({@code ac_kwargs:hidden_sizes}).
 *   <li>Short forms: {@link #ALIASES}.
 *   <li>{@code num_cpu}, {@code data_dir}, {@code datestamp}, {@code exp_name}, {@code launcher}
 *       and {@code slurm_opts} configure the run, not the algorithm, and take exactly one value.
 *       {@code exp_name} defaults to {@code cmd_<algo>}. The value of {@code slurm_opts} is
 *       sbatch's options, so it may itself begin with {@code --}.
 * </ul>
 *
 * <p>One departure: parameters keep their command-line order in experiment names. The reference
 * moves aliased and shorthand keys to the end as a side effect of how it renames them.
 *
 * @param grid the experiments to run
 * @param expName the grid's name, the stem of every experiment's name
 * @param numCpu how many experiments may run at once
 * @param dataDir where output directories go; null means the default
 * @param datestamp whether output directories carry the date and time
 * @param resume whether runs that already have a directory continue from their saved state
 * @param resumeDir the one run to resume ({@code --resume DIR}), or null
 * @param launcher where the runs go: {@code local} (this machine) or {@code slurm} (a job array)
 * @param slurmOpts extra options for sbatch, as one string; empty when none
 */
public record GridArgs(ExperimentGrid grid, String expName, int numCpu, Path dataDir,
    boolean datestamp, boolean resume, Path resumeDir, String launcher, String slurmOpts) {

  /** The values {@code --launcher} takes. */
  public static final List<String> LAUNCHERS = List.of("local", "slurm");

  /** Short forms of common keys, replaced by the full key before anything else. */
  public static final Map<String, String> ALIASES =
      Map.of(
          "env", "env_name",
          "hid", "ac_kwargs:hidden_sizes",
          "act", "ac_kwargs:activation",
          "cpu", "num_cpu",
          "dt", "datestamp");

  /** Whether the tokens ask for help ({@code --help}, {@code -h} or {@code help}) instead. */
  public static boolean asksForHelp(List<String> tokens) {
    return tokens.stream().anyMatch(t -> t.equals("--help") || t.equals("-h") || t.equals("help"));
  }

  /**
   * Reads the tokens that follow the algorithm's name on the command line.
   *
   * @param algo the algorithm's name, for the default experiment name {@code cmd_<algo>}
   * @throws IllegalArgumentException with a one-line message naming the offending token
   */
  public static GridArgs parse(String algo, List<String> tokens) {
    Map<String, List<Object>> values = new LinkedHashMap<>();
    Map<String, String> shorthands = new LinkedHashMap<>();
    List<Object> current = null;
    for (String token : tokens) {
      if (current != null && current.isEmpty() && current == values.get("slurm_opts")) {
        current.add(token); // sbatch's own options: "--partition=x --time=1:00:00"
      } else if (token.startsWith("--")) {
        String key = readFlag(token, shorthands);
        if (values.containsKey(key)) {
          throw new IllegalArgumentException(
              "--" + key + " is given twice; list all its values after one flag");
        }
        current = new ArrayList<>();
        values.put(key, current);
      } else if (current == null) {
        throw new IllegalArgumentException("Expected a --flag before '" + token + "'");
      } else {
        current.add(Literals.parse(token));
      }
    }
    if (values.containsKey("slurm_opts") && values.get("slurm_opts").isEmpty()) {
      throw new IllegalArgumentException("--slurm_opts needs sbatch's options as one quoted "
          + "argument, e.g. --slurm_opts \"--partition=x --time=1:00:00\"");
    }
    // A flag with no values is a boolean switched on.
    values.values().stream().filter(List::isEmpty).forEach(v -> v.add(Boolean.TRUE));

    int numCpu = numCpu(single(values, "num_cpu", 1));
    Object dataDir = single(values, "data_dir", null);
    boolean datestamp = datestamp(single(values, "datestamp", false));
    String expName = PyFormat.str(single(values, "exp_name", "cmd_" + algo));
    checkSeeds(values.get("seed"));
    Object resume = single(values, "resume", false);
    if (Boolean.TRUE.equals(resume) && datestamp) {
      throw new IllegalArgumentException("--resume cannot be combined with --datestamp, which "
          + "gives every run a new directory; resume one run with --resume DIR");
    }
    Path resumeDir = resume instanceof Boolean ? null : Path.of(PyFormat.str(resume));
    String launcher = PyFormat.str(single(values, "launcher", "local"));
    if (!LAUNCHERS.contains(launcher)) {
      throw new IllegalArgumentException("--launcher must be one of " + String.join(", ", LAUNCHERS)
          + ", got '" + launcher + "'");
    }
    Object slurmOpts = single(values, "slurm_opts", null);
    if (slurmOpts != null && !launcher.equals("slurm")) {
      throw new IllegalArgumentException("--slurm_opts applies to --launcher slurm only");
    }
    if (launcher.equals("slurm") && resumeDir != null) {
      throw new IllegalArgumentException("--resume DIR resumes one run here; to resume a grid on "
          + "Slurm, submit the command that started it again with --resume added");
    }

    ExperimentGrid grid = new ExperimentGrid(expName);
    values.forEach((key, vals) -> grid.add(key, vals, shorthands.get(key)));
    Path dir = dataDir == null ? null : Path.of(PyFormat.str(dataDir));
    return new GridArgs(grid, expName, numCpu, dir, datestamp,
        Boolean.TRUE.equals(resume) || resumeDir != null, resumeDir, launcher,
        slurmOpts == null ? "" : PyFormat.str(slurmOpts));
  }

  /** The key of a {@code --key} or {@code --key[sh]} token, alias resolved; notes the shorthand. */
  private static String readFlag(String token, Map<String, String> shorthands) {
    String flag = token.replaceFirst("^-+", "");
    String shorthand = null;
    int open = flag.indexOf('[');
    if (open >= 0) {
      if (!flag.endsWith("]") || open == flag.length() - 2) {
        throw new IllegalArgumentException(
            "Malformed flag '" + token + "': a shorthand is written --key[sh]");
      }
      shorthand = flag.substring(open + 1, flag.length() - 1);
      flag = flag.substring(0, open);
    }
    if (flag.isEmpty()) {
      throw new IllegalArgumentException("Flag '" + token + "' has no name");
    }
    String key = ALIASES.getOrDefault(flag, flag);
    if (shorthand != null) {
      shorthands.put(key, shorthand);
    }
    return key;
  }

  /** Removes a run option from the values and returns its one value, or the default. */
  private static Object single(Map<String, List<Object>> values, String key, Object fallback) {
    List<Object> given = values.remove(key);
    if (given == null) {
      return fallback;
    }
    if (given.size() != 1) {
      throw new IllegalArgumentException(
          "--" + key + " takes exactly one value, got " + PyFormat.str(given));
    }
    return given.get(0);
  }

  private static int numCpu(Object value) {
    if ("auto".equals(value)) {
      return Runtime.getRuntime().availableProcessors();
    }
    if (value instanceof Integer n && n >= 1) {
      return n;
    }
    throw new IllegalArgumentException(
        "--num_cpu must be a positive integer or auto, got '" + PyFormat.str(value) + "'");
  }

  private static boolean datestamp(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    throw new IllegalArgumentException(
        "--datestamp must be True or False (or given alone), got '" + PyFormat.str(value) + "'");
  }

  private static void checkSeeds(List<Object> seeds) {
    for (Object seed : seeds == null ? List.of() : seeds) {
      if (!(seed instanceof Integer || seed instanceof Long)) {
        throw new IllegalArgumentException(
            "--seed takes integers, got '" + PyFormat.str(seed) + "'");
      }
    }
  }

  /** Runs the grid with these options, printing to {@code System.out}. */
  public void run(Launcher launcher) {
    grid.run(launcher, numCpu, dataDir, datestamp, resume, System.out);
  }

  /** Runs the grid with these options, printing to {@code out}. */
  public void run(Launcher launcher, PrintStream out) {
    grid.run(launcher, numCpu, dataDir, datestamp, resume, out);
  }
}
