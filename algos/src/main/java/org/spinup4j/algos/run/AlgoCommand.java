package org.spinup4j.algos.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.spinup4j.algos.core.RunConfig;
import org.spinup4j.envs.Envs;
import org.spinup4j.utils.logx.EpochLogger;
import org.spinup4j.utils.logx.RunDirs;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/**
 * The shared body of the algorithm commands ({@code vpg}, {@code ppo}, ...): turns the options the
 * user gave into one run directory, a config.json and a call of the algorithm's train method.
 * Options are declared in mixins and hold raw tokens; their defaults come from the algorithm's
 * config record, so {@code --help} shows the values the code really uses.
 */
abstract class AlgoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  abstract Algorithm algorithm();

  /** Run options that are not hyperparameters of the algorithm. */
  static final List<String> RUN_KEYS =
      List.of("env_name", "seed", "exp_name", "data_dir", "datestamp", "device");

  /** Defaults for every option of this command, by canonical name (its longest flag). */
  static Map<String, Object> optionDefaults(Algorithm algorithm) {
    Map<String, Object> d = new LinkedHashMap<>(algorithm.defaults());
    d.put("seed", 0);
    d.put("data_dir", "data");
    d.put("datestamp", false);
    d.put("device", "cpu");
    return d;
  }

  /** Canonical name of an option: its longest flag without the dashes ("--hid" is ac_kwargs:hidden_sizes). */
  static String key(OptionSpec option) {
    return option.longestName().replaceFirst("^--", "");
  }

  @Override
  public Integer call() {
    Algorithm algo = algorithm();
    Map<String, List<String>> given = new LinkedHashMap<>();
    for (OptionSpec option : spec.commandLine().getParseResult().matchedOptions()) {
      if (option.usageHelp() || option.versionHelp()) {
        continue;
      }
      List<String> tokens = option.getValue();
      given.put(key(option), tokens == null || tokens.isEmpty() ? List.of("true") : tokens);
    }
    for (Map.Entry<String, List<String>> e : given.entrySet()) {
      if (e.getValue().size() > 1 && !e.getKey().equals("seed")) {
        throw new IllegalArgumentException("--" + e.getKey() + " takes one value here, got "
            + e.getValue());
      }
    }
    if (!given.containsKey("env_name")) {
      throw new IllegalArgumentException(
          "--env is required; registered environments: " + String.join(", ", Envs.ids()));
    }
    String env = given.get("env_name").get(0);
    Envs.spec(env); // fails early, listing the registered names

    Map<String, Object> values = new LinkedHashMap<>();
    given.forEach((k, v) -> {
      if (!RUN_KEYS.contains(k)) {
        values.put(k, v.get(0));
      }
    });
    Map<String, Object> config = algo.configure(values);
    String expName = single(given, "exp_name", "cmd_" + algo.name());
    Path dataDir = Path.of(single(given, "data_dir", "data"));
    boolean datestamp = Boolean.parseBoolean(single(given, "datestamp", "false"));
    String device = single(given, "device", "cpu");
    List<String> seeds = given.getOrDefault("seed", List.of("0"));

    PrintStream out = System.out;
    for (String seedText : seeds) {
      long seed = parseSeed(seedText);
      Path outputDir = RunDirs.outputDir(expName, seed, dataDir, datestamp);
      try (EpochLogger logger = new EpochLogger(outputDir)) {
        Map<String, Object> cfg = new LinkedHashMap<>();
        cfg.put("env_name", env);
        cfg.putAll(config);
        cfg.put("seed", seed);
        cfg.put("exp_name", expName);
        cfg.put("logger_kwargs", Map.of("output_dir", outputDir.toString(), "exp_name", expName));
        logger.saveConfig(cfg);
        algo.train(values, new RunConfig(env, seed, device), logger);
      }
      out.println();
      out.println("Finished " + algo.name() + " on " + env + ", seed " + seed + ". Look at it with:");
      out.println("  ./run.sh plot " + outputDir);
      out.println("  ./run.sh test_policy " + outputDir);
    }
    return 0;
  }

  private static String single(Map<String, List<String>> given, String key, String fallback) {
    List<String> v = given.get(key);
    return v == null ? fallback : v.get(0);
  }

  private static long parseSeed(String text) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--seed: '" + text + "' is not an integer");
    }
  }

  /** Supplies each option's default from the algorithm's config, so help and code agree. */
  static CommandLine.IDefaultValueProvider defaultsFrom(Algorithm algorithm) {
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
