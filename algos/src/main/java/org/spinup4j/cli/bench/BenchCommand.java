package org.spinup4j.cli.bench;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.spinup4j.algos.core.Values;
import org.spinup4j.algos.engine.Torch;
import org.spinup4j.cli.Experiment;
import org.spinup4j.cli.ExperimentProcess;
import org.spinup4j.cli.Main;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: seconds per epoch of each algorithm on the configurations Spinning Up was timed
 * on, with where the time goes. Each configuration runs in a fresh JVM with the requested thread
 * count ({@link BenchRun}); a warm-up epoch is run first and not counted.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Times each algorithm per epoch against Spinning Up's figures.",
    description = {
      // One string per paragraph: picocli wraps each element to the terminal width on its own.
      "Configurations: VPG and PPO on CartPole-v1 ((64,64) tanh, 4000 steps per epoch); DDPG,"
          + " TD3 and SAC on Pendulum-v1 ((256,256) relu, 4000 steps plus 10 test episodes per"
          + " epoch, updates from the start so every epoch is a steady-state one). Prints the"
          + " median and spread of seconds per epoch, environment steps per second, the split of"
          + " the time between acting, the environment and updates, the updates' achieved"
          + " GFLOP/s, and the resident memory. Timings depend on the machine and on what else"
          + " runs on it.",
      ""
    })
public final class BenchCommand implements Callable<Integer> {
  /** Spinning Up (PyTorch 1.13, one thread) on this kind of machine, seconds per epoch. */
  static final Map<String, Double> SPINNING_UP =
      Map.of("vpg", 0.59, "ppo", 0.85, "ddpg", 9.1, "td3", 10.3, "sac", 17.0);

  /** The targets of issue 6: seconds per epoch at one thread. */
  static final Map<String, Double> TARGET =
      Map.of("vpg", 0.24, "ppo", 0.34, "ddpg", 5.9, "td3", 6.7, "sac", 11.0);

  @Option(names = "--algos", split = ",", paramLabel = "LIST",
      description = "Algorithms to time, comma-separated. Default: ${DEFAULT-VALUE}.")
  List<String> algos = List.of("vpg", "ppo", "ddpg", "td3", "sac");

  @Option(names = "--threads", paramLabel = "N",
      description = "PyTorch intra-op threads. Default: ${DEFAULT-VALUE}.")
  int threads = 1;

  @Option(names = "--device", paramLabel = "cpu|gpu",
      description = "Where the networks and updates run: cpu, or gpu (the first CUDA device;"
          + " needs a CUDA libtorch, see docs/user-guide/installation.md). Default: ${DEFAULT-VALUE}.")
  String device = "cpu";

  @Option(names = "--epochs", paramLabel = "N",
      description = "Epochs timed per algorithm, after one warm-up epoch. Default: ${DEFAULT-VALUE}.")
  int epochs = 5;

  @Option(names = "--env", paramLabel = "NAME",
      description = "Time every algorithm on this environment instead (HalfCheetah-v4, say);"
          + " the target and Spinning Up columns then do not apply.")
  String env;

  @Option(names = "--out", paramLabel = "FILE.json",
      description = "Also write the figures as JSON, for later comparison.")
  Path out;

  @Override
  public Integer call() throws Exception {
    for (String algo : algos) {
      if (!SPINNING_UP.containsKey(algo)) {
        throw new IllegalArgumentException("--algos: unknown algorithm '" + algo
            + "'; allowed: vpg, ppo, ddpg, td3, sac");
      }
    }
    if (env != null) {
      for (String algo : algos) {
        Experiment.checkEnvironment(algo, env);
      }
    }
    Values.atLeast("threads", threads, 1);
    Values.atLeast("epochs", epochs, 1);
    if (!device.equals("cpu")) {
      // Fails with one line before any child starts when the name is unknown or no GPU is found.
      device = Torch.device(device).isGpu() ? "gpu" : "cpu";
    }
    System.out.printf("bench: %d epoch(s) after a warm-up, %d thread(s), on %d cores (%s), device %s%s%n",
        epochs, threads, Runtime.getRuntime().availableProcessors(), cpuName(), device,
        env == null ? "" : ", env " + env);
    List<Map<String, Object>> results = new ArrayList<>();
    for (String algo : algos) {
      System.out.println("running " + algo + "...");
      Map<String, Object> r = runChild(algo);
      results.add(r);
    }
    System.out.println();
    System.out.println(table(results, env == null));
    if (out != null) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("threads", threads);
      doc.put("epochs", epochs);
      doc.put("device", device);
      doc.put("env", env == null ? "standard" : env);
      doc.put("cores", Runtime.getRuntime().availableProcessors());
      doc.put("cpu", cpuName());
      doc.put("results", results);
      Gson gson = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
          .create();
      Files.writeString(out, gson.toJson(doc) + "\n");
      System.out.println("Wrote " + out);
    }
    return 0;
  }

  private Map<String, Object> runChild(String algo) throws IOException, InterruptedException {
    Path result = Files.createTempFile("spinup4j-bench-", ".json");
    try {
      List<String> cmd = new ArrayList<>();
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.addAll(ExperimentProcess.jvmOptions());
      cmd.add("-cp");
      cmd.add(System.getProperty("java.class.path"));
      cmd.add(Main.class.getName());
      cmd.addAll(List.of(BenchRun.NAME, algo, Integer.toString(threads),
          Integer.toString(epochs), result.toString(), device, env == null ? "-" : env));
      Process p = new ProcessBuilder(cmd).inheritIO().start();
      if (p.waitFor() != 0) {
        throw new IllegalStateException("bench of " + algo + " failed (exit " + p.exitValue() + ")");
      }
      return BenchRun.read(result);
    } finally {
      Files.deleteIfExists(result);
    }
  }

  /** The table; {@code standard}: the standard configurations, so the target columns apply. */
  static String table(List<Map<String, Object>> results, boolean standard) {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "%-5s %9s %13s %10s %9s %9s %6s %6s %6s %8s %7s%n",
        "algo", "s/epoch", "spread", "steps/s", "target", "vs SU", "act%", "env%", "upd%",
        "GFLOP/s", "RSS MB"));
    for (Map<String, Object> r : results) {
      String algo = (String) r.get("algo");
      double median = (Double) r.get("median_s_per_epoch");
      // Spinning Up's figures and the targets are for the standard configurations only.
      String target = !standard ? "-" : String.format(Locale.ROOT, "%6.2f %-2s",
          TARGET.get(algo), median <= TARGET.get(algo) ? "ok" : "--");
      String vsSu = !standard ? "-"
          : String.format(Locale.ROOT, "%.2fx", SPINNING_UP.get(algo) / median);
      s.append(String.format(Locale.ROOT,
          "%-5s %9.3f %6.3f-%-6.3f %10.0f %9s %9s %6.1f %6.1f %6.1f %8.1f %7.0f%n",
          algo, median, (Double) r.get("min_s_per_epoch"), (Double) r.get("max_s_per_epoch"),
          (Double) r.get("env_steps_per_s"), target, vsSu,
          100 * (Double) r.get("acting_fraction"), 100 * (Double) r.get("env_fraction"),
          100 * (Double) r.get("update_fraction"), (Double) r.get("update_gflops"),
          (Double) r.get("rss_mb")));
    }
    if (standard) {
      s.append("target: issue 6's seconds per epoch at 1 thread; vs SU: Spinning Up's time divided"
          + " by ours (" + Arrays.toString(new String[] {"vpg 0.59", "ppo 0.85", "ddpg 9.1",
              "td3 10.3", "sac 17.0"}) + " s/epoch)");
    }
    return s.toString();
  }

  static String cpuName() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException e) {
      // not Linux: fall through
    }
    return System.getProperty("os.arch");
  }
}
