package org.spinup4j.algos.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.spinup4j.algos.engine.Torch;
import org.spinup4j.algos.nn.Policy;
import org.spinup4j.algos.saving.Checkpoint;
import org.spinup4j.algos.saving.SavedPolicies;
import org.spinup4j.envs.Env;
import org.spinup4j.envs.Envs;
import org.spinup4j.utils.logx.EpochLogger;

/** What the DDPG, TD3 and SAC tests share: running one, and checking its outputs. */
public final class OffPolicyRuns {
  private OffPolicyRuns() {}

  /** How a test starts an algorithm: {@code (run, logger) -> Ddpg.train(cfg, run, logger)}. */
  public interface Trainer {
    void train(RunConfig run, EpochLogger logger);
  }

  /** A quick configuration: one epoch of 300 steps, updates from step 100, small networks. */
  public static <C extends OffPolicyConfig<C>> Hyperparameters.Builder<C> smokeSized(
      Hyperparameters.Builder<C> c) {
    return c.set(OffPolicyConfig.EPOCHS, 1).set(OffPolicyConfig.STEPS_PER_EPOCH, 300)
        .set(OffPolicyConfig.START_STEPS, 100).set(OffPolicyConfig.UPDATE_AFTER, 100)
        .set(OffPolicyConfig.BATCH_SIZE, 32).set(OffPolicyConfig.MAX_EP_LEN, 100)
        .set(OffPolicyConfig.NUM_TEST_EPISODES, 2)
        .set(OffPolicyConfig.HIDDEN_SIZES, new int[] {32, 32});
  }

  /**
   * The learning tests' budget: 15,000 steps (3 epochs of 5000), random actions for the first
   * 2000, Pendulum's 200-step episodes, and (64, 64) networks, a quarter of the default width,
   * to keep all three tests well within a few minutes on two cores.
   */
  public static <C extends OffPolicyConfig<C>> Hyperparameters.Builder<C> learningSized(
      Hyperparameters.Builder<C> c) {
    return c.set(OffPolicyConfig.EPOCHS, 4).set(OffPolicyConfig.STEPS_PER_EPOCH, 5000)
        .set(OffPolicyConfig.START_STEPS, 2000).set(OffPolicyConfig.UPDATE_AFTER, 1000)
        .set(OffPolicyConfig.MAX_EP_LEN, 200)
        .set(OffPolicyConfig.HIDDEN_SIZES, new int[] {64, 64});
  }

  /**
   * One intra-op thread for the whole test JVM: minibatches of 100 gain little from a second
   * thread, and where the two cores are shared with other processes PyTorch's two OpenMP threads
   * spin against them and run 20 times slower (measured: 327 ms against 15 ms per SAC step).
   */
  public static void singleThreaded() {
    Torch.start(0);
    ai.djl.pytorch.jni.JniUtils.setNumThreads(1);
  }

  /** Trains quietly into {@code dir} (single-threaded) and reads progress.txt back. */
  public static ProgressFile run(Path dir, String env, long seed, Trainer trainer)
      throws IOException {
    singleThreaded();
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
    try (EpochLogger logger = new EpochLogger(dir, quiet)) {
      trainer.train(RunConfig.of(env, seed), logger);
    }
    return ProgressFile.read(dir);
  }

  /** The columns are exactly {@code expected}, and every value is finite. */
  public static void assertColumnsAndFinite(ProgressFile p, List<String> expected) {
    assertEquals(expected, p.columns());
    for (double[] row : p.rows()) {
      assertTrue(Arrays.stream(row).allMatch(Double::isFinite), "non-finite: " + Arrays.toString(row));
    }
  }

  /**
   * Reloads the model saved in {@code dir} as test_policy does ({@link SavedPolicies#load}) and
   * replays the test episodes of a one-epoch run on a test environment seeded as the algorithm
   * seeds its own: the returns must be those logged, which holds only if the saved weights are
   * the trained ones.
   */
  public static double replayTestEpisodes(Path dir, long seed, OffPolicyConfig<?> c)
      throws IOException {
    Checkpoint.Meta meta = Checkpoint.readMeta(dir, -1);
    try (NDManager manager = Torch.newManager(ai.djl.Device.cpu());
        Env testEnv = Envs.make(meta.env());
        EpochLogger logger = new EpochLogger(dir.resolve("replay"),
            new PrintStream(new ByteArrayOutputStream()))) {
      Policy pi = SavedPolicies.load(manager, dir, -1, meta, testEnv.observationSpace(),
          testEnv.actionSpace());
      new TestAgent(testEnv, RunConfig.of(meta.env(), seed).testSeed(), c.numTestEpisodes(), c.maxEpLen()).run(pi, logger);
      return logger.stats(LogKeys.TEST_EP_RET).mean();
    }
  }

  /** spinningup-behaviour.md: the same shared defaults for DDPG, TD3 and SAC. */
  public static void assertSharedDefaults(OffPolicyConfig<?> c) {
    assertEquals(4000, c.stepsPerEpoch());
    assertEquals(100, c.epochs());
    assertEquals(1_000_000, c.replaySize());
    assertEquals(0.99, c.gamma());
    assertEquals(0.995, c.polyak());
    assertEquals(100, c.batchSize());
    assertEquals(10_000, c.startSteps());
    assertEquals(1000, c.updateAfter());
    assertEquals(50, c.updateEvery());
    assertEquals(10, c.numTestEpisodes());
    assertEquals(1000, c.maxEpLen());
    assertEquals(1, c.saveFreq());
    org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {256, 256},
        c.ac().hiddenSizes());
    assertEquals(org.spinup4j.algos.nn.Activation.RELU, c.ac().activation());
  }

  /**
   * A run of {@link #smokeSized} on Pendulum-v1: the columns are exactly {@code columns}, all
   * finite, one row for epoch 1 after 300 steps with episodes cut at 100, and one snapshot.
   */
  public static void assertOneShortEpoch(Path dir, Trainer trainer, List<String> columns)
      throws IOException {
    ProgressFile p = run(dir, "Pendulum-v1", 0, trainer);
    assertColumnsAndFinite(p, columns);
    assertEquals(1, p.rows().size());
    assertEquals(1, p.last("Epoch"));
    assertEquals(300, p.last("TotalEnvInteracts"), "steps taken, not the last step's index");
    assertEquals(100, p.last("EpLen"), "episodes cut at max_ep_len");
    assertEquals(List.of(1), Checkpoint.snapshots(dir));
  }

  /** Training on CartPole fails with one line that points to the algorithms for it. */
  public static void assertRefusesDiscreteActions(Path dir, Trainer trainer) {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> run(dir, "CartPole-v1", 0, trainer));
    assertTrue(e.getMessage().contains("vpg, ppo or sac") && !e.getMessage().contains("\n"),
        e.getMessage());
  }

  /**
   * The learning criterion of issue 4: within a {@link #learningSized} run on Pendulum-v1 (seed 0,
   * 20,000 steps) the average test return reaches at least -250 (random policies score about
   * -1200, Spinning Up's converged ones about -150), and the last epoch has not fallen back: it is
   * still above -600, nearer solved than random. Off-policy test returns on Pendulum swing by 100
   * or more between epochs, so the last epoch alone at -250 is a coin toss on the last bits of the
   * arithmetic (TD3 seed 0: -861, -112, -314); and "the last beats the first" fails whenever the
   * first epoch has already solved it (DDPG seed 0: -136, -137, -219, -145).
   */
  public static void assertLearnsPendulum(String algo, Path dir, Trainer trainer)
      throws IOException {
    long start = System.nanoTime();
    ProgressFile p = run(dir, "Pendulum-v1", 0, trainer);
    System.out.printf("%s Pendulum-v1: AverageTestEpRet by epoch %s in %.0f s%n", algo,
        p.column("AverageTestEpRet"), (System.nanoTime() - start) / 1e9);
    List<Long> returns = p.column("AverageTestEpRet");
    assertTrue(returns.stream().mapToLong(Long::longValue).max().orElseThrow() >= -250,
        algo + " never reached -250: " + returns);
    assertTrue(returns.get(returns.size() - 1) >= -600,
        algo + " fell back towards a random policy's -1200: " + returns);
  }
}
