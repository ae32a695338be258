package org.spinup4j.cli.bench;

import com.google.gson.GsonBuilder;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.spinup4j.algos.core.Values;
import org.spinup4j.envs.Env;
import org.spinup4j.envs.Envs;
import org.spinup4j.envs.StepResult;
import org.spinup4j.utils.logx.Stats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code random_policy}: what a uniformly random policy scores on each environment, and how many
 * steps per second the environment takes, exactly as the algorithms get it (with its time limit).
 */
@Command(
    name = "random_policy",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Random-policy statistics and steps per second of environments.",
    description = {
      "For each environment: episodes under uniformly random actions (the action space's sample,"
          + " seeded by the environment's reset), with the mean and standard deviation of their"
          + " length and return and the fraction that terminated rather than hit the time limit;"
          + " then the steps per second of env.step with random actions drawn beforehand (episodes"
          + " that end are reset, the resets counted in the time), and the process's resident"
          + " memory before and after those steps.",
      ""
    })
public final class RandomPolicyCommand implements Callable<Integer> {
  static final List<String> MUJOCO =
      List.of("HalfCheetah-v4", "Hopper-v4", "Walker2d-v4", "Ant-v4", "Swimmer-v4");

  @Option(names = "--env", split = ",", paramLabel = "LIST",
      description = "Environments, comma-separated. Default: the five MuJoCo tasks.")
  List<String> envs = MUJOCO;

  @Option(names = "--episodes", paramLabel = "N",
      description = "Random episodes per environment. Default: ${DEFAULT-VALUE}.")
  int episodes = 200;

  @Option(names = "--steps", paramLabel = "N",
      description = "Steps timed per environment, after 10%% as many to warm up; 0 skips the"
          + " timing. Default: ${DEFAULT-VALUE}.")
  int steps = 100_000;

  @Option(names = "--seed", paramLabel = "S",
      description = "Seed of the first episode; later ones continue its generator."
          + " Default: ${DEFAULT-VALUE}.")
  long seed = 0;

  @Option(names = "--out", paramLabel = "FILE.json",
      description = "Also write the figures as JSON.")
  Path json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Values.atLeast("episodes", episodes, 1);
    Values.atLeast("steps", steps, 0);
    for (String id : envs) {
      // Unknown names, and MuJoCo tasks without their library, fail here, before anything prints.
      try (Env env = Envs.make(id)) {
        env.actionSpace();
      }
    }
    if (json != null) {
      Path folder = json.toAbsolutePath().getParent();
      if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
        throw new IllegalArgumentException("--out: cannot write " + json + " (" + folder
            + " is not a writable folder)");
      }
    }
    List<Map<String, Object>> results = new ArrayList<>();
    out.printf(Locale.ROOT, "%-18s %8s %9s %9s %10s %10s %6s %11s %9s%n", "env", "episodes",
        "EpLen", "(std)", "EpRet", "(std)", "term", "steps/s", "RSS MB");
    for (String id : envs) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("env", id);
      try (Env env = Envs.make(id)) {
        episodeStatistics(env, r);
        if (steps > 0) {
          speed(env, r);
        }
      }
      results.add(r);
      out.printf(Locale.ROOT, "%-18s %8d %9.1f %9.1f %10.1f %10.1f %6.3f %11s %9s%n", id,
          episodes, (Double) r.get("ep_len_mean"), (Double) r.get("ep_len_std"),
          (Double) r.get("ep_ret_mean"), (Double) r.get("ep_ret_std"),
          (Double) r.get("terminated_fraction"),
          steps > 0 ? String.format(Locale.ROOT, "%.0f", (Double) r.get("steps_per_s")) : "-",
          steps > 0 ? String.format(Locale.ROOT, "%.0f->%.0f", (Double) r.get("rss_mb_before"),
              (Double) r.get("rss_mb_after")) : "-");
    }
    if (json != null) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("seed", seed);
      doc.put("cpu", BenchCommand.cpuName());
      doc.put("results", results);
      Files.writeString(json, new GsonBuilder().setPrettyPrinting().create().toJson(doc) + "\n");
      out.println("Wrote " + json);
    }
    return 0;
  }

  private void episodeStatistics(Env env, Map<String, Object> r) {
    double[] lengths = new double[episodes];
    double[] returns = new double[episodes];
    int terminated = 0;
    env.reset(seed);
    for (int e = 0; e < episodes; e++) {
      if (e > 0) {
        env.reset();
      }
      while (true) {
        StepResult s = env.step(env.actionSpace().sample());
        lengths[e]++;
        returns[e] += s.reward();
        if (s.done()) {
          terminated += s.terminated() ? 1 : 0;
          break;
        }
      }
    }
    Stats length = Stats.of(lengths, episodes); // population std, as numpy's default
    Stats ret = Stats.of(returns, episodes);
    r.put("episodes", episodes);
    r.put("ep_len_mean", length.mean());
    r.put("ep_len_std", length.std());
    r.put("ep_ret_mean", ret.mean());
    r.put("ep_ret_std", ret.std());
    r.put("terminated_fraction", (double) terminated / episodes);
  }

  private void speed(Env env, Map<String, Object> r) {
    float[][] actions = new float[4096][];
    for (int i = 0; i < actions.length; i++) {
      actions[i] = env.actionSpace().sample();
    }
    env.reset();
    run(env, actions, Math.max(1, steps / 10));
    double rssBefore = BenchRun.rssMb();
    long t0 = System.nanoTime();
    run(env, actions, steps);
    double seconds = (System.nanoTime() - t0) / 1e9;
    r.put("steps", steps);
    r.put("steps_per_s", steps / seconds);
    r.put("rss_mb_before", rssBefore);
    r.put("rss_mb_after", BenchRun.rssMb());
  }

  private static void run(Env env, float[][] actions, int n) {
    for (int i = 0; i < n; i++) {
      if (env.step(actions[i % actions.length]).done()) {
        env.reset();
      }
    }
  }
}
