package org.spinup4j.cli.bench;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    header = "Times each algorithm per epoch; with --against, beside Spinning Up's own.",
    description = {
      // One string per paragraph: picocli wraps each element to the terminal width on its own.
      "Configurations: VPG and PPO on CartPole-v1 ((64,64) tanh, 4000 steps per epoch); DDPG,"
          + " TD3 and SAC on Pendulum-v1 ((256,256) relu, 4000 steps plus 10 test episodes per"
          + " epoch, updates from the start so every epoch is a steady-state one). Prints the"
          + " median and spread of seconds per epoch, environment steps per second, the split of"
          + " the time between acting, the environment and updates, the updates' achieved"
          + " GFLOP/s, the engine operations per update (PyTorch's profiler, in a separate short"
          + " run), and the resident memory. Timings depend on the machine and on what else runs"
          + " on it: compare only with Spinning Up run on the same machine in the same sitting"
          + " (--against; docs/benchmarks.md says how).",
      ""
    })
public final class BenchCommand implements Callable<Integer> {
  static final List<String> ALGOS = List.of("vpg", "ppo", "ddpg", "td3", "sac");

  /**
   * Issue 21's targets: our seconds per epoch over Spinning Up's, measured on the same machine in
   * the same sitting at the same thread count. Ratios, not seconds, so that they hold on any host.
   */
  static final Map<String, Double> TARGET_RATIO =
      Map.of("vpg", 0.4, "ppo", 0.4, "ddpg", 0.8, "td3", 0.8, "sac", 0.8);

  @Option(names = "--algos", split = ",", paramLabel = "LIST",
      description = "Algorithms to time, comma-separated. Default: ${DEFAULT-VALUE}.")
  List<String> algos = ALGOS;

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
          + " --against then does not apply.")
  String env;

  @Option(names = "--against", arity = "1..*", paramLabel = "PEER.json",
      description = "Spinning Up's seconds per epoch, as ../shared/peer/round.sh writes them,"
          + " measured on this machine in this sitting at the same --threads: adds its time and"
          + " the ratio ours / Spinning Up's per algorithm, with issue 21's target ratios. Give"
          + " the rounds run before and after this bench; their epochs are pooled.")
  List<Path> against = List.of();

  @Option(names = "--out", paramLabel = "FILE.json",
      description = "Also write the figures as JSON, for later comparison.")
  Path out;

  @Override
  public Integer call() throws Exception {
    for (String algo : algos) {
      if (!ALGOS.contains(algo)) {
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
    if (env != null && !against.isEmpty()) {
      throw new IllegalArgumentException("--against compares the standard configurations only;"
          + " leave out --env " + env);
    }
    Map<String, Double> peer = against.isEmpty() ? Map.of() : PeerRounds.read(against, threads);
    if (!device.equals("cpu")) {
      // Fails with one line before any child starts when the name is unknown or no GPU is found.
      device = Torch.device(device).isGpu() ? "gpu" : "cpu";
    }
    System.out.printf("bench: %d epoch(s) after a warm-up, %d thread(s), on %d cores (%s), device %s%s%n",
        epochs, threads, Runtime.getRuntime().availableProcessors(), cpuName(), device,
        env == null ? "" : ", env " + env);
    System.out.println("matrix kernels: " + mklKernels());
    List<Map<String, Object>> results = new ArrayList<>();
    for (String algo : algos) {
      System.out.println("running " + algo + "...");
      Map<String, Object> r = runChild(algo);
      results.add(r);
    }
    System.out.println();
    System.out.println(table(results, peer));
    if (out != null) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("threads", threads);
      doc.put("epochs", epochs);
      doc.put("device", device);
      doc.put("env", env == null ? "standard" : env);
      doc.put("cores", Runtime.getRuntime().availableProcessors());
      doc.put("cpu", cpuName());
      doc.put("matrix_kernels", mklKernels());
      doc.put("results", results);
      if (!peer.isEmpty()) {
        doc.put("peer_files", against.stream().map(Path::toString).toList());
        doc.put("peer_s_per_epoch", peer);
      }
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

  /** The table; with {@code peer} (Spinning Up's seconds per epoch), its time and our ratio. */
  static String table(List<Map<String, Object>> results, Map<String, Double> peer) {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "%-5s %9s %13s %8s %6s %6s %6s %8s %8s %7s",
        "algo", "s/epoch", "spread", "steps/s", "act%", "env%", "upd%", "GFLOP/s", "ops/upd",
        "RSS MB"));
    if (!peer.isEmpty()) {
      s.append(String.format(Locale.ROOT, " %8s %8s %8s", "SU s/ep", "ours/SU", "target"));
    }
    s.append('\n');
    for (Map<String, Object> r : results) {
      String algo = (String) r.get("algo");
      double median = (Double) r.get("median_s_per_epoch");
      s.append(String.format(Locale.ROOT,
          "%-5s %9.3f %6.3f-%-6.3f %8.0f %6.1f %6.1f %6.1f %8.1f %8.0f %7.0f",
          algo, median, (Double) r.get("min_s_per_epoch"), (Double) r.get("max_s_per_epoch"),
          (Double) r.get("env_steps_per_s"), 100 * (Double) r.get("acting_fraction"),
          100 * (Double) r.get("env_fraction"), 100 * (Double) r.get("update_fraction"),
          (Double) r.get("update_gflops"), (Double) r.get("engine_ops_per_update"),
          (Double) r.get("rss_mb")));
      if (peer.containsKey(algo)) {
        double ratio = median / peer.get(algo);
        double target = TARGET_RATIO.get(algo);
        s.append(String.format(Locale.ROOT, " %8.3f %8.2f %5.2f %-2s", peer.get(algo), ratio,
            target, ratio <= target ? "ok" : "--"));
      }
      s.append('\n');
    }
    s.append("ops/upd: engine operations per update (VPG, PPO: per epoch's whole update), counted"
        + " by PyTorch's profiler in a separate short run.");
    if (!peer.isEmpty()) {
      s.append("\nours/SU: our seconds per epoch over Spinning Up's (lower is faster); target:"
          + " issue 21's ratio (VPG, PPO 0.4; DDPG, TD3, SAC 0.8).");
    }
    return s.toString();
  }

  /**
   * Which of MKL's kernels the updates use: on an AMD processor, its fast ones only when run.sh
   * preloaded its override (algos/src/main/c/mkl_intel_path.c), 2-3x slower without.
   */
  static String mklKernels() {
    boolean amd = false;
    try {
      amd = Files.readString(Path.of("/proc/cpuinfo")).contains("AuthenticAMD");
    } catch (IOException e) {
      // not Linux: no override applies
    }
    if (!amd) {
      return "MKL's own choice";
    }
    String preload = System.getenv().getOrDefault("LD_PRELOAD", "");
    return preload.contains("libmkl_intel_path")
        ? "MKL's usual kernels on this AMD processor (run.sh's override)"
        : "MKL's generic kernels: this AMD processor runs without run.sh's override, 2-3x slower";
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
