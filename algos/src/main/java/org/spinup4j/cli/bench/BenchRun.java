package org.spinup4j.cli.bench;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.ToNumberPolicy;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.spinup4j.algos.core.RunConfig;
import org.spinup4j.algos.engine.Torch;
import org.spinup4j.cli.Main;
import org.spinup4j.utils.logx.EpochLogger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The hidden command behind {@code bench}: times one algorithm in this JVM, writes JSON. */
@Command(name = BenchRun.NAME, hidden = true, description = "Times one algorithm (internal).")
public final class BenchRun implements Callable<Integer> {
  static final String NAME = "_bench";
  private static final Gson GSON = new GsonBuilder()
      .setObjectToNumberStrategy(ToNumberPolicy.DOUBLE).serializeSpecialFloatingPointValues()
      .create();

  @Parameters(index = "0") String algo;
  @Parameters(index = "1") int threads;
  @Parameters(index = "2") int epochs;
  @Parameters(index = "3") Path result;
  @Parameters(index = "4") String device;
  /** The environment, or {@code "-"} for the standard configuration's. */
  @Parameters(index = "5", defaultValue = "-") String env;

  /** One epoch's measurements. */
  record Epoch(double seconds, double envSeconds, double updateSeconds, long envSteps,
      double flops, double rssMb) {}

  @Override
  public Integer call() throws Exception {
    // A child of the bench command: its figures go to the result file. Epochs that end mid-episode
    // print a warning each (as in Spinning Up), which would only clutter the bench's table.
    System.setOut(new PrintStream(OutputStream.nullOutputStream()));
    Torch.start(threads);
    boolean onPolicy = algo.equals("vpg") || algo.equals("ppo");
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("epochs", epochs + 1);
    if (!onPolicy) {
      // Updates from the start, so that every epoch is a steady-state epoch.
      values.put("start_steps", 0);
      values.put("update_after", 50);
    }
    Path dir = Files.createTempDirectory("spinup4j-bench-");
    List<Epoch> measured = new ArrayList<>();
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    try (Profile profile = Profile.measuring();
        EpochLogger logger = new BenchLogger(dir.resolve("run"), quiet, profile, algo, measured)) {
      String id = !env.equals("-") ? env : onPolicy ? "CartPole-v1" : "Pendulum-v1";
      RunConfig run = new RunConfig(id, 0, device).withEnvWrapper(profile::timed);
      Main.algorithm(algo).train(values, run, logger);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Map<String, Object> summary = summary(measured.subList(1, measured.size()));
    summary.putAll(countOps(onPolicy));
    Files.writeString(result, GSON.toJson(summary));
    return 0;
  }

  /**
   * A second, short run of the same algorithm under PyTorch's profiler ({@link OpCount}): the
   * engine operations of one round of updates. Off-policy: 100 updates between steps 150 and
   * 250 (rounds of 100 at steps 100 and 200), counted per update. On-policy: the whole update at
   * the end of the second of three 1000-step epochs, all its gradient steps together.
   */
  private Map<String, Object> countOps(boolean onPolicy) throws Exception {
    Map<String, Object> values = new LinkedHashMap<>();
    OpCount.Window window;
    int updates;
    Path dir = Files.createTempDirectory("spinup4j-ops-");
    Path trace = dir.resolve("trace.json");
    if (onPolicy) {
      values.put("epochs", 3);
      values.put("steps_per_epoch", 1000);
      window = new OpCount.Window(1001, 2001, trace);
      updates = 1;
    } else {
      values.put("epochs", 1);
      values.put("steps_per_epoch", 300);
      values.put("start_steps", 0);
      values.put("update_after", 100);
      values.put("update_every", 100);
      values.put("num_test_episodes", 0);
      window = new OpCount.Window(150, 250, trace);
      updates = 100;
    }
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    Map<String, Object> r = new LinkedHashMap<>();
    try (EpochLogger logger = new EpochLogger(dir.resolve("run"), quiet)) {
      String id = !env.equals("-") ? env : onPolicy ? "CartPole-v1" : "Pendulum-v1";
      RunConfig run = new RunConfig(id, 0, device).withEnvWrapper(window::wrap);
      Main.algorithm(algo).train(values, run, logger);
      if (!window.done()) {
        throw new IllegalStateException("the profiled window did not close");
      }
      Map<String, Integer> ops = OpCount.outermost(trace);
      int total = ops.values().stream().mapToInt(Integer::intValue).sum();
      r.put("engine_ops_per_update", (double) total / updates);
      Map<String, Double> byName = new LinkedHashMap<>();
      ops.forEach((name, n) -> byName.put(name, (double) n / updates));
      r.put("engine_ops_by_name", byName);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return r;
  }

  private Map<String, Object> summary(List<Epoch> epochs) {
    double[] secs = epochs.stream().mapToDouble(Epoch::seconds).sorted().toArray();
    double median = secs.length % 2 == 1 ? secs[secs.length / 2]
        : (secs[secs.length / 2 - 1] + secs[secs.length / 2]) / 2;
    double total = epochs.stream().mapToDouble(Epoch::seconds).sum();
    double env = epochs.stream().mapToDouble(Epoch::envSeconds).sum();
    double update = epochs.stream().mapToDouble(Epoch::updateSeconds).sum();
    double flops = epochs.stream().mapToDouble(Epoch::flops).sum();
    long steps = epochs.stream().mapToLong(Epoch::envSteps).sum();
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("algo", algo);
    r.put("threads", threads);
    r.put("device", device);
    r.put("epochs", epochs.size());
    r.put("median_s_per_epoch", median);
    r.put("min_s_per_epoch", secs[0]);
    r.put("max_s_per_epoch", secs[secs.length - 1]);
    r.put("s_per_epoch", epochs.stream().map(Epoch::seconds).toList());
    r.put("env_steps_per_s", steps / total);
    r.put("acting_fraction", (total - env - update) / total);
    r.put("env_fraction", env / total);
    r.put("update_fraction", update / total);
    r.put("update_gflops", flops / update / 1e9);
    r.put("rss_mb", epochs.get(epochs.size() - 1).rssMb());
    return r;
  }

  static Map<String, Object> read(Path file) throws IOException {
    return GSON.fromJson(Files.readString(file), new TypeToken<Map<String, Object>>() {}.getType());
  }

  /** Floating-point operations of one epoch's updates, from the networks' multiply-adds. */
  static double flops(String algo, Map<String, Object> row) {
    // A forward pass costs 2 * batch * MACs; with its backward pass, about 3 times that.
    switch (algo) {
      case "vpg", "ppo" -> {
        double n = 4000;
        double pi = 2 * n * macs(4, 64, 64, 2);
        double v = 2 * n * macs(4, 64, 64, 1);
        double piSteps = algo.equals("vpg") ? 1 : ((Number) row.get("StopIter")).doubleValue() + 1;
        // The gradient steps only: the loss evaluations before and after the update, for the
        // log, run outside the Autograd regions that RegionClock times, and count as acting.
        return piSteps * 3 * pi + 80 * 3 * v;
      }
      default -> {
        double b = 100;
        double updates = 4000;
        double pi = 2 * b * (algo.equals("sac") ? macs(3, 256, 256) + 2 * 256 : macs(3, 256, 256, 1));
        double q = 2 * b * macs(4, 256, 256, 1);
        double perUpdate = switch (algo) {
          case "ddpg" -> 4 * pi + 7 * q;     // targets 1+1, Q step 3, pi step 3+3
          case "td3" -> 2.5 * pi + 9.5 * q;  // targets 1+2, Q steps 6, half the time pi 3+3
          default -> 4 * pi + 14 * q;        // targets 1+2, Q steps 6, pi step 3 + 2*3
        };
        return updates * perUpdate;
      }
    }
  }

  private static double macs(int... sizes) {
    double m = 0;
    for (int i = 0; i + 1 < sizes.length; i++) {
      m += (double) sizes[i] * sizes[i + 1];
    }
    return m;
  }

  static double rssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Double.parseDouble(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not Linux
    }
    return Double.NaN;
  }

  /** Records each epoch's time split as it is logged. */
  private static final class BenchLogger extends EpochLogger {
    private final Profile profile;
    private final String algo;
    private final List<Epoch> epochs;
    private long last = System.nanoTime();
    private Profile.Totals lastTotals;

    BenchLogger(Path dir, PrintStream console, Profile profile, String algo, List<Epoch> epochs) {
      super(dir, console);
      this.profile = profile;
      this.algo = algo;
      this.epochs = epochs;
      this.lastTotals = profile.totals();
    }

    @Override
    protected void afterDump(Map<String, Object> row) {
      long now = System.nanoTime();
      Profile.Totals t = profile.totals();
      epochs.add(new Epoch((now - last) / 1e9, (t.envNanos() - lastTotals.envNanos()) / 1e9,
          (t.updateNanos() - lastTotals.updateNanos()) / 1e9, t.envSteps() - lastTotals.envSteps(),
          flops(algo, row), rssMb()));
      last = now;
      lastTotals = t;
    }
  }
}
