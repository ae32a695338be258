package org.spinup4j.cli;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.spinup4j.algos.core.Values;
import org.spinup4j.algos.engine.Torch;
import org.spinup4j.algos.nn.Policy;
import org.spinup4j.algos.saving.Checkpoint;
import org.spinup4j.algos.saving.SavedPolicies;
import org.spinup4j.envs.Env;
import org.spinup4j.envs.Envs;
import org.spinup4j.envs.Rng;
import org.spinup4j.envs.StepResult;
import org.spinup4j.envs.render.Frames;
import org.spinup4j.envs.render.VideoRecorder;
import org.spinup4j.utils.logx.PyFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code test_policy DIR}: runs a saved policy in the environment it was trained on, one line per
 * episode and a table of the returns at the end, as Spinning Up's test_policy. Unlike the
 * reference, {@code --deterministic} really acts deterministically (the mean action, or the most
 * likely discrete one), the environment is seeded, and {@code --gif}/{@code --mp4} record videos
 * without a display.
 */
@Command(
    name = "test_policy",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    headerHeading = "%n",
    header = "Runs a trained policy and reports its returns.",
    description = {
      "Loads the policy saved in a run directory (DIR/pyt_save) and the environment it"
          + " was trained on, runs episodes, and prints each episode's return and length,"
          + " then their statistics. Shows the episodes in a window when a display is"
          + " available.",
      ""
    },
    footer = {"", "Example: ./run.sh test_policy data/ppo_cartpole/ppo_cartpole_s0 -d -n 10 "
        + "--gif cartpole.gif"})
final class TestPolicyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "Run directory, the one holding pyt_save/.")
  Path dir;

  @Option(names = {"--len", "-l"}, paramLabel = "N", defaultValue = "0",
      description = "Longest episode in steps; 0 keeps only the environment's own time limit. "
          + "Default: ${DEFAULT-VALUE}.")
  int len;

  @Option(names = {"--episodes", "-n"}, paramLabel = "N", defaultValue = "100",
      description = "Episodes to run. Default: ${DEFAULT-VALUE}.")
  int episodes;

  @Option(names = {"--norender", "-nr"}, description = "Do not show a window.")
  boolean noRender;

  @Option(names = {"--itr", "-i"}, paramLabel = "I", defaultValue = "-1",
      description = "Snapshot to load (model<I>); -1 loads the latest. Default: ${DEFAULT-VALUE}.")
  int itr;

  @Option(names = {"--deterministic", "-d"},
      description = "Act deterministically: the mean action, or the most likely discrete one.")
  boolean deterministic;

  @Option(names = "--gif", paramLabel = "FILE", description = "Record the episodes as a GIF.")
  Path gif;

  @Option(names = "--mp4", paramLabel = "FILE", description = "Record the episodes as an MP4.")
  Path mp4;

  @Option(names = "--fps", paramLabel = "N", defaultValue = "50",
      description = "Frames per second of the window and the videos. Default: ${DEFAULT-VALUE}.")
  int fps;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
      description = "Seeds the environment and the action sampling. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Override
  public Integer call() {
    Values.atLeast("episodes", episodes, 1);
    Values.atLeast("len", len, 0);
    Values.atLeast("itr", itr, -1);
    Values.atLeast("fps", fps, 1);
    PrintWriter out = spec.commandLine().getOut();
    Checkpoint.Meta meta = readMeta();
    try (NDManager manager = Torch.newManager(Device.cpu());
        Env env = makeEnv(meta)) {
      Policy policy = loadPolicy(manager, meta, env);
      try (EnvWindow window = openWindow(meta.env(), env.renderSize(), out);
          VideoRecorder video = openVideo()) {
        out.print(table(runEpisodes(policy, env, window, video, out)));
        out.flush();
      } catch (IOException e) {
        throw new IllegalStateException("could not write the video: " + e.getMessage(), e);
      }
    }
    return 0;
  }

  /** One episode's return and length. */
  record Result(double ret, int len) {}

  /** Plays the episodes, printing a line for each. */
  private List<Result> runEpisodes(Policy policy, Env env, EnvWindow window,
      VideoRecorder video, PrintWriter out) throws IOException {
    // Sampled actions draw from the agent's stream, as in training (RunConfig.agentSeed).
    Random rng = new Rng(Rng.derive(seed, 1));
    List<Result> results = new ArrayList<>();
    float[] o = env.reset(seed);
    for (int n = 0; n < episodes; n++) {
      if (n > 0) {
        o = env.reset();
      }
      show(env, window, video);
      double epRet = 0;
      int epLen = 0;
      boolean done = false;
      while (!done) {
        StepResult res = env.step(policy.act(o, rng, deterministic));
        o = res.observation();
        epRet += res.reward();
        epLen++;
        show(env, window, video);
        done = res.done() || epLen == len;
      }
      out.printf(Locale.ROOT, "Episode %d \t EpRet %.3f \t EpLen %d%n", n, epRet, epLen);
      out.flush();
      results.add(new Result(epRet, epLen));
    }
    return results;
  }

  /** Draws the environment once and hands the picture to the window and the video files. */
  private static void show(Env env, EnvWindow window, VideoRecorder video) throws IOException {
    if (window == null && video == null) {
      return;
    }
    BufferedImage frame = Frames.render(env);
    if (video != null) {
      video.addFrame(frame);
    }
    if (window != null) {
      window.show(frame);
    }
  }

  /**
   * The final table, framed as the training logger frames an epoch: AverageEpRet, StdEpRet
   * (population), MaxEpRet, MinEpRet and the average EpLen. Formatted here because the utils
   * Logger always writes a progress.txt, and test_policy has no run directory of its own.
   */
  static String table(List<Result> results) {
    double[] rets = results.stream().mapToDouble(Result::ret).toArray();
    double mean = Arrays.stream(rets).average().orElse(Double.NaN);
    double var = Arrays.stream(rets).map(x -> (x - mean) * (x - mean)).average().orElse(0);
    Map<String, Double> rows = new LinkedHashMap<>();
    rows.put("AverageEpRet", mean);
    rows.put("StdEpRet", Math.sqrt(var));
    rows.put("MaxEpRet", Arrays.stream(rets).max().orElse(Double.NaN));
    rows.put("MinEpRet", Arrays.stream(rets).min().orElse(Double.NaN));
    rows.put("EpLen", results.stream().mapToInt(Result::len).average().orElse(Double.NaN));
    String dashes = "-".repeat(22 + 15);
    StringBuilder table = new StringBuilder(dashes).append('\n');
    rows.forEach((key, value) -> table.append(String.format(Locale.ROOT, "| %15s | %15s |%n",
        key, PyFormat.formatG(value, 8, 3))));
    return table.append(dashes).append('\n').toString();
  }

  // ------------------------------------------------------- loading, with one-line errors

  private Checkpoint.Meta readMeta() {
    try {
      return Checkpoint.readMeta(dir, itr);
    } catch (IOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static Env makeEnv(Checkpoint.Meta meta) {
    try {
      return Envs.make(meta.env());
    } catch (Envs.UnknownEnvironmentException e) {
      throw new IllegalArgumentException("the saved policy's " + e.getMessage(), e);
    }
  }

  private Policy loadPolicy(NDManager manager, Checkpoint.Meta meta, Env env) {
    try {
      return SavedPolicies.load(manager, dir, itr, meta, env.observationSpace(),
          env.actionSpace());
    } catch (IOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** A window when rendering is wanted and possible; otherwise null, saying why on one line. */
  private EnvWindow openWindow(String title, int[] size, PrintWriter out) {
    if (noRender) {
      return null;
    }
    if (GraphicsEnvironment.isHeadless()) {
      out.println("no display: running without rendering; use --gif or --mp4 to record");
      return null;
    }
    return EnvWindow.open(title, size[0], size[1], fps);
  }

  private VideoRecorder openVideo() {
    List<Path> files = new ArrayList<>();
    if (gif != null) {
      files.add(gif);
    }
    if (mp4 != null) {
      files.add(mp4);
    }
    if (files.isEmpty()) {
      return null;
    }
    try {
      return VideoRecorder.open(fps, files.toArray(new Path[0]));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot write video " + files + ": " + e.getMessage(), e);
    }
  }
}
