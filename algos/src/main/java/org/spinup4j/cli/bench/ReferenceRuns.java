package org.spinup4j.cli.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.spinup4j.algos.core.LogKeys;
import org.spinup4j.algos.core.RunConfig;
import org.spinup4j.algos.engine.Torch;
import org.spinup4j.cli.Algorithm;
import org.spinup4j.utils.logx.EpochLogger;
import org.spinup4j.utils.logx.RunDirs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * The off-policy reference configuration, for comparing with Spinning Up's own runs: each
 * algorithm with its defaults on Pendulum-v1, max_ep_len 200, 10 epochs of 4000 steps, seeds 0, 1
 * and 2. Prints each run's final AverageTestEpRet, then a table of them (Spinning Up reaches about
 * -140 at epoch 10 on Pendulum). Long: about 40,000 gradient steps per run. Run it with
 * scripts/reference-runs.sh.
 *
 * <p>The table also gives the mean over the last five epochs: one epoch's score is the mean of
 * only 10 episodes, and Pendulum's return depends strongly on the starting angle. The test
 * environment is seeded (RunConfig.testSeed()), so all algorithms run with one seed meet the same
 * starting states in each epoch, and an epoch with hard starts lowers all their scores alike.
 */
@Command(name = "reference-runs", mixinStandardHelpOptions = true,
    description = "Runs DDPG, TD3 and SAC in Spinning Up's reference configuration on Pendulum-v1.")
public final class ReferenceRuns implements Callable<Integer> {
  @Option(names = "--algos", split = ",", defaultValue = "ddpg,td3,sac",
      description = "Algorithms to run. Default: ${DEFAULT-VALUE}.")
  List<String> algos;

  @Option(names = "--seeds", split = ",", defaultValue = "0,1,2",
      description = "Seeds. Default: ${DEFAULT-VALUE}.")
  List<Long> seeds;

  @Option(names = "--epochs", defaultValue = "10", description = "Default: ${DEFAULT-VALUE}.")
  int epochs;

  @Option(names = "--data_dir", defaultValue = "data", description = "Default: ${DEFAULT-VALUE}.")
  Path dataDir;

  @Option(names = "--threads", defaultValue = "1",
      description = "PyTorch intra-op threads. Default: ${DEFAULT-VALUE}.")
  int threads;

  @Override
  public Integer call() {
    Torch.start(threads);
    Map<String, Algorithm<?>> known = new LinkedHashMap<>();
    for (Algorithm<?> a : List.of(Algorithm.DDPG, Algorithm.TD3, Algorithm.SAC)) {
      known.put(a.name(), a);
    }
    for (String name : algos) {
      if (!known.containsKey(name)) {
        throw new IllegalArgumentException("--algos: unknown '" + name + "'; allowed: ddpg, td3, sac");
      }
    }
    // Seed by seed, so that an interrupted session still has every algorithm's first seed.
    List<String> table = new ArrayList<>();
    for (long seed : seeds) {
      for (String name : algos) {
        List<Double> returns = run(known.get(name), seed);
        double last = returns.get(returns.size() - 1);
        double lastFive = returns.subList(Math.max(0, returns.size() - 5), returns.size()).stream()
            .mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        table.add(String.format(Locale.ROOT, "%-5s seed %d: final %7.1f   mean of last 5 epochs %7.1f",
            name, seed, last, lastFive));
      }
    }
    System.out.println("\nAverageTestEpRet on Pendulum-v1 after " + epochs + " epochs:");
    table.forEach(System.out::println);
    return 0;
  }

  /** One run; returns its AverageTestEpRet, epoch by epoch. */
  private List<Double> run(Algorithm<?> algo, long seed) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("epochs", epochs);
    values.put("max_ep_len", 200);
    String expName = "ref_" + algo.name();
    Path dir = RunDirs.outputDir(expName, seed, dataDir, true);
    try (EpochLogger logger = new TestReturns(dir)) {
      Map<String, Object> config = new LinkedHashMap<>(algo.configure(values));
      config.put("env_name", "Pendulum-v1");
      config.put("seed", seed);
      config.put("exp_name", expName);
      logger.saveConfig(config);
      algo.train(values, RunConfig.of("Pendulum-v1", seed), logger);
      List<Double> returns = ((TestReturns) logger).returns;
      System.out.printf(Locale.ROOT, "%s seed %d: AverageTestEpRet by epoch %s (%s)%n",
          algo.name(), seed, returns, dir);
      return returns;
    }
  }

  /** An epoch logger that also remembers each epoch's mean test return. */
  private static final class TestReturns extends EpochLogger {
    final List<Double> returns = new ArrayList<>();

    TestReturns(Path dir) {
      super(dir);
    }

    @Override
    public void logTabular(String key, boolean withMinAndMax, boolean averageOnly) {
      if (key.equals(LogKeys.TEST_EP_RET)) {
        returns.add(Math.round(stats(key).mean() * 10) / 10.0);
      }
      super.logTabular(key, withMinAndMax, averageOnly);
    }
  }

  public static void main(String[] args) {
    CommandLine cl = new CommandLine(new ReferenceRuns());
    // A bad value is the user's mistake: one line, no stack trace.
    cl.setExecutionExceptionHandler((e, c, parsed) -> {
      if (!(e instanceof IllegalArgumentException)) {
        throw e;
      }
      System.err.println("reference-runs: " + e.getMessage());
      return 2;
    });
    System.exit(cl.execute(args));
  }
}
