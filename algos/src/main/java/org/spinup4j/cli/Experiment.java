package org.spinup4j.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spinup4j.algos.core.RunConfig;
import org.spinup4j.algos.core.Values;
import org.spinup4j.algos.engine.Torch;
import org.spinup4j.algos.nn.ActionScaler;
import org.spinup4j.envs.Env;
import org.spinup4j.envs.Envs;
import org.spinup4j.envs.spaces.Discrete;
import org.spinup4j.utils.logx.DivergedException;
import org.spinup4j.utils.logx.EpochLogger;
import org.spinup4j.utils.logx.RunLock;

/**
 * One experiment of a grid, run in this JVM: the keyword arguments the grid built (nested as in
 * Spinning Up: {@code ac_kwargs: {hidden_sizes: ...}}, plus {@code seed} and {@code
 * logger_kwargs}) become the algorithm's config, a config.json, and a call of its train method.
 */
public final class Experiment {
  /** Keys that configure the run rather than the algorithm. */
  static final List<String> RUN_KEYS =
      List.of("env_name", "seed", "logger_kwargs", "device", "threads", "env_threads", "resume",
          "save_buffer");

  /** The algorithms that need a continuous (Box) action space. */
  private static final List<String> OFF_POLICY = List.of("ddpg", "td3", "sac");

  private Experiment() {}

  /** The algorithm's own values: kwargs flattened to "a:b" keys, run keys removed. */
  static Map<String, Object> algorithmValues(Map<String, Object> kwargs) {
    Map<String, Object> values = new LinkedHashMap<>(Flat.flatten(kwargs));
    values.keySet().removeIf(k -> RUN_KEYS.contains(k.split(":")[0]));
    return values;
  }

  /** Checks a variant completely (environment, every value) without running anything. */
  static void check(Algorithm<?> algo, Map<String, Object> kwargs) {
    Object env = kwargs.get("env_name");
    if (env == null) {
      throw new IllegalArgumentException(
          "--env is required; registered environments: " + String.join(", ", Envs.ids()));
    }
    checkEnvironment(algo.name(), String.valueOf(env));
    algo.configure(algorithmValues(kwargs));
    threads(kwargs);
    envThreads(kwargs);
    checkDevice(kwargs);
  }

  /**
   * Makes the environment once, so that a run that cannot start (an unknown name, a MuJoCo task
   * without its library, discrete actions for an off-policy algorithm) is refused in one line
   * before anything is written.
   */
  public static void checkEnvironment(String algo, String env) {
    try (Env e = Envs.make(env)) {
      // SAC has a discrete variant (DiscreteSac); DDPG and TD3 need continuous actions.
      boolean discreteSac = algo.equals("sac") && e.actionSpace() instanceof Discrete;
      if (OFF_POLICY.contains(algo) && !discreteSac) {
        ActionScaler.of(e.actionSpace(), algo);
      }
    }
  }

  /** Checks the run's device: an unknown name, or gpu with no CUDA device, fails here. */
  private static void checkDevice(Map<String, Object> kwargs) {
    String name = device(kwargs);
    if (!name.equals("cpu")) {
      // Finding a GPU loads the engine, so load it with the run's threads (PyTorch reads them once).
      Torch.start(threads(kwargs));
      Torch.device(name);
    }
  }

  static String device(Map<String, Object> kwargs) {
    return String.valueOf(kwargs.getOrDefault("device", "cpu"));
  }

  /** Threads that step the copies of the environment (--env_threads), at least 1. */
  static int envThreads(Map<String, Object> kwargs) {
    int threads = Values.toInt("env_threads", kwargs.getOrDefault("env_threads", 1));
    return Values.atLeast("env_threads", threads, 1);
  }

  static int threads(Map<String, Object> kwargs) {
    Object t = kwargs.getOrDefault("threads", 1);
    int threads = Values.toInt("threads", t);
    return Values.atLeast("threads", threads, 1);
  }

  /**
   * Runs the experiment here, printing its epoch tables and progress to {@code out}. With {@code
   * resume: true} in the kwargs, a run that already has a directory continues from its saved
   * state (see {@link Resume}); one that has none starts.
   */
  @SuppressWarnings("unchecked")
  static void run(Algorithm<?> algo, Map<String, Object> kwargs, PrintStream out) {
    check(algo, kwargs);
    Torch.start(threads(kwargs));
    Map<String, Object> loggerKwargs = (Map<String, Object>) kwargs.get("logger_kwargs");
    Path outputDir = Path.of(String.valueOf(loggerKwargs.get("output_dir")));
    String env = String.valueOf(kwargs.get("env_name"));
    long seed = ((Number) kwargs.getOrDefault("seed", 0)).longValue();
    String device = device(kwargs);
    Map<String, Object> values = algorithmValues(kwargs);
    Map<String, Object> config = algo.configure(values);
    boolean saveBuffer = Values.toBoolean("save_buffer",
        kwargs.getOrDefault("save_buffer", RunConfig.SAVE_BUFFER_DEFAULT));

    Map<String, Object> saved = new LinkedHashMap<>();
    saved.put("env_name", env);
    saved.putAll(config);
    saved.put("seed", seed);
    saved.put("exp_name", loggerKwargs.get("exp_name"));
    saved.put("logger_kwargs", loggerKwargs);
    int epochs = ((Number) config.get("epochs")).intValue();
    try (RunLock lock = RunLock.acquire(outputDir, out)) {
      int rows = Boolean.TRUE.equals(kwargs.get("resume"))
          ? Resume.rowsToKeep(algo.name(), outputDir, saved, out) : -1;
      if (rows >= epochs) {
        out.println(outputDir + " has finished all " + epochs + " epochs; nothing to resume "
            + "(a larger --epochs extends it)");
        return;
      }
      // On a terminal, a status line inside long epochs; everything printed moves it aside.
      PrintStream stdout = System.out;
      PrintStream stderr = System.err;
      StatusLine status = out == stdout && StatusLine.supported() ? new StatusLine(stdout) : null;
      if (status != null) {
        out = status.printStream();
        System.setOut(out);
        System.setErr(status.guard(stderr));
      }
      Thread onSignal = Resume.announceOnSignal(algo.name(), outputDir, kwargs, out);
      int stepsPerEpoch = ((Number) config.get("steps_per_epoch")).intValue();
      try (EpochLogger logger =
          new ProgressLogger(outputDir, out, epochs, rows, status, stepsPerEpoch)) {
        logger.saveConfig(saved);
        RunConfig run = new RunConfig(env, seed, device, rows > 0, saveBuffer)
            .withEnvThreads(envThreads(kwargs));
        try {
          algo.train(values, run, logger);
        } catch (DivergedException e) {
          // Found while acting, the epoch is not known there: it is the one after the last row.
          throw e.at(logger.rowsWritten(), outputDir);
        }
      } finally {
        if (status != null) {
          out.flush();
          System.setOut(stdout);
          System.setErr(stderr);
        }
        try {
          Runtime.getRuntime().removeShutdownHook(onSignal);
        } catch (IllegalStateException stopping) {
          // a signal arrived: the hook is running, and it says how to resume
        }
      }
    }
  }
}
