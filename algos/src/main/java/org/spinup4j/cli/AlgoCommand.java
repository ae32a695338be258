package org.spinup4j.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.spinup4j.algos.core.Param;
import org.spinup4j.algos.core.RunConfig;
import org.spinup4j.utils.grid.ExperimentGrid;
import org.spinup4j.utils.grid.GridArgs;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

/**
 * The shared body of the algorithm commands ({@code vpg}, {@code ppo}, ...). The run options are
 * declared in mixins, and one option per hyperparameter is made from its declaration ({@link
 * #addHyperparameters}), so that {@code --help} documents them all and picocli rejects unknown
 * flags with suggestions; their meaning follows Spinning Up's grammar ({@link GridArgs}): several
 * values make a grid of experiments, {@code --key[sh]} sets a shorthand for names. Defaults come
 * from the algorithm's config, so {@code --help} shows the values the code really uses.
 */
abstract class AlgoCommand implements Callable<Integer> {
  /** The tokens after the command name, as typed (set by {@link Main#execute}). */
  List<String> tokens = List.of();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** The tokens to read: as typed, or (when run through plain picocli) as picocli received them. */
  private List<String> tokens() {
    if (!tokens.isEmpty()) {
      return tokens;
    }
    List<String> all = spec.commandLine().getParseResult().originalArgs();
    int at = all.indexOf(spec.name());
    return at < 0 ? all : all.subList(at + 1, all.size());
  }

  abstract Algorithm<?> algorithm();

  /** Defaults for every option of this command, by canonical name (its longest flag). */
  static Map<String, Object> optionDefaults(Algorithm<?> algorithm) {
    Map<String, Object> d = new LinkedHashMap<>(algorithm.defaults());
    d.put("seed", 0);
    d.put("data_dir", "data");
    d.put("datestamp", false);
    d.put("num_cpu", 1);
    d.put("threads", 1);
    d.put("env_threads", 1);
    d.put("device", "cpu");
    d.put("save_buffer", RunConfig.SAVE_BUFFER_DEFAULT);
    d.put("launcher", "local");
    return d;
  }

  /** Canonical name of an option: its longest flag without dashes (--hid: ac_kwargs:hidden_sizes). */
  static String key(OptionSpec option) {
    return option.longestName().replaceFirst("^--", "");
  }

  @Override
  public Integer call() throws Exception {
    Algorithm<?> algo = algorithm();
    PrintStream out = System.out;
    GridArgs args = GridArgs.parse(algo.name(), tokens());
    ExperimentGrid grid = args.grid().commandName("./run.sh");
    List<Map<String, Object>> variants = grid.variants();
    if (args.resumeDir() != null) {
      if (variants.size() != 1) {
        throw new IllegalArgumentException("--resume DIR resumes one run; give each flag one "
            + "value (or resume a whole grid with its own command and --resume)");
      }
      Resume.requireAlgorithm(algo.name(), args.resumeDir());
      Experiment.run(algo, resumeKwargs(args.resumeDir(), variants.get(0)), out);
      return 0;
    }
    // Every variant is checked before the first one starts: a typo fails now, not in hour three.
    SlurmGrid slurm = args.launcher().equals("slurm")
        ? SlurmGrid.find(System.getenv("PATH"), System.getenv("SPINUP4J_RUN_SH"), out) : null;
    for (Map<String, Object> variant : variants) {
      Experiment.check(algo, variant);
    }
    if (slurm != null) {
      grid.print(out);
      slurm.submit(algo.name(), args, grid.launches(args.dataDir(), args.datestamp(),
          args.resume()));
      return 0;
    }
    if (variants.size() == 1) {
      args.run((name, kwargs) -> Experiment.run(algo, kwargs, out), out);
      return 0;
    }
    ExperimentProcess children =
        new ExperimentProcess(algo.name(), args.numCpu() > 1, !args.datestamp(), out);
    children.runGrid(launcher -> args.run(launcher, out));
    if (!children.diverged().isEmpty()) {
      spec.commandLine().getErr().println(algo.name() + ": " + children.diverged().size()
          + " of " + variants.size() + " experiments diverged: "
          + String.join(", ", children.diverged()));
      return Main.DIVERGED;
    }
    return 0;
  }

  /**
   * The keyword arguments of the run in {@code dir} as its config.json records them, with the
   * values given on this command line in their place (the resume then refuses any change but a
   * larger epochs, naming it).
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> resumeKwargs(java.nio.file.Path dir,
      Map<String, Object> given) {
    Map<String, Object> kwargs = CONFIG.fromJson(Resume.readConfig(dir),
        new com.google.gson.reflect.TypeToken<Map<String, Object>>() {}.getType());
    given.forEach((key, value) -> {
      int colon = key.indexOf(':');
      if (colon < 0) {
        kwargs.put(key, value);
      } else {
        ((Map<String, Object>) kwargs.computeIfAbsent(key.substring(0, colon),
            k -> new LinkedHashMap<>())).put(key.substring(colon + 1), value);
      }
    });
    Map<String, Object> loggerKwargs = new LinkedHashMap<>();
    loggerKwargs.put("output_dir", dir.toString());
    loggerKwargs.put("exp_name", kwargs.remove("exp_name"));
    kwargs.put("logger_kwargs", loggerKwargs);
    kwargs.put("resume", true);
    return kwargs;
  }

  private static final com.google.gson.Gson CONFIG = new com.google.gson.GsonBuilder()
      .setObjectToNumberStrategy(com.google.gson.ToNumberPolicy.LONG_OR_DOUBLE).create();

  /**
   * Tokens for picocli's check of the flags: "--hid[h]" becomes "--hid", and the value of
   * --slurm_opts, sbatch's own flags ("--wait"), is not read as flags of ours.
   */
  static String[] withoutShorthands(List<String> tokens) {
    List<String> out = new ArrayList<>();
    for (String t : tokens) {
      boolean slurmOpts = !out.isEmpty() && out.get(out.size() - 1).equals("--slurm_opts");
      out.add(slurmOpts ? "sbatch-options" // checked by GridArgs and by sbatch itself
          : t.startsWith("--") ? t.replaceFirst("\\[[^\\]]*\\]$", "") : t);
    }
    return out.toArray(new String[0]);
  }

  /**
   * Adds one option per hyperparameter of {@code algorithm}, in config.json's order, made from
   * its {@link Param}: the flags, the value's label, and the help line with the default. Any
   * number of values (several make a grid; none reads as true, which the parameter's type then
   * refuses, naming the flag). The help and version options stay last.
   */
  static void addHyperparameters(CommandSpec spec, Algorithm<?> algorithm) {
    List<OptionSpec> last = new ArrayList<>();
    for (OptionSpec o : List.copyOf(spec.options())) {
      if (o.usageHelp() || o.versionHelp()) {
        spec.remove(o);
        last.add(o);
      }
    }
    for (Param<?> p : algorithm.params()) {
      spec.addOption(OptionSpec.builder(p.flags())
          .arity("0..*")
          .paramLabel(p.label())
          .type(List.class)
          .auxiliaryTypes(String.class)
          .description(p.help() + " Default: ${DEFAULT-VALUE}.")
          .build());
    }
    last.forEach(spec::addOption);
  }

  /** Supplies each option's default from the algorithm's config, so help and code agree. */
  static CommandLine.IDefaultValueProvider defaultsFrom(Algorithm<?> algorithm) {
    Map<String, Object> defaults = optionDefaults(algorithm);
    return arg -> {
      if (arg instanceof OptionSpec option) {
        Object v = defaults.get(key(option));
        if (v instanceof int[] list) {
          return Arrays.toString(list).replace(" ", "");
        }
        return v == null ? null : String.valueOf(v);
      }
      return null;
    };
  }
}
