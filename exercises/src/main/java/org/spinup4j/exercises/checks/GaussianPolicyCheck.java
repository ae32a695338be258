package org.spinup4j.exercises.checks;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.spinup4j.algos.core.RunConfig;
import org.spinup4j.algos.engine.Torch;
import org.spinup4j.algos.nn.Activation;
import org.spinup4j.algos.nn.Actor;
import org.spinup4j.algos.nn.Distribution;
import org.spinup4j.algos.nn.Mlp;
import org.spinup4j.algos.ppo.Ppo;
import org.spinup4j.algos.ppo.PpoConfig;
import org.spinup4j.envs.spaces.Box;
import org.spinup4j.utils.logx.EpochLogger;

/**
 * Checks exercise 4 in two parts. The pieces: the mean network's shape, log sigma (one per action
 * dimension, trainable, at -0.5), and the log-probabilities, entropies and their gradients with
 * respect to log sigma and the mean, all against the formulas written out in doubles from the
 * policy's own mean (its deterministic action). Then learning: PPO with the policy on {@link
 * TargetTask}, for a fixed seed and budget, must reach an average return above {@link
 * #MIN_RETURN}.
 */
public final class GaussianPolicyCheck {
  /** The answer's constructor. */
  @FunctionalInterface
  public interface Factory {
    Actor create(NDManager manager, int obsDim, int[] hidden, int actDim, Activation activation,
        Random rng);
  }

  static final int EPOCHS = 25;
  static final int STEPS_PER_EPOCH = 1000;
  /** The mean of the last epochs' AverageEpRet must beat this (see the exercise's page). */
  static final double MIN_RETURN = -1.0;
  static final int LAST_EPOCHS = 5;

  private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
  private static final double TOLERANCE = 1e-4;
  private static final int[] HIDDEN = {16, 16};

  private GaussianPolicyCheck() {}

  public static Verdict check(Factory answer) {
    Verdict v = pieces(answer);
    if (!v.passed()) {
      return v;
    }
    Verdict learned = learns(answer);
    return learned.passed() ? Verdict.pass(v.message() + "; and " + learned.message()) : learned;
  }

  /** Everything but training. */
  static Verdict pieces(Factory answer) {
    Torch.start(1);
    try (NDManager manager = Torch.newManager(Device.cpu())) {
      int obsDim = 3;
      int actDim = 2;
      Actor policy = answer.create(manager, obsDim, HIDDEN, actDim, Activation.TANH,
          new Random(5));
      Verdict v = meanNetwork(policy, obsDim, actDim);
      if (!v.passed()) {
        return v;
      }
      NDArray logStd = logStdParameter(policy, actDim);
      if (logStd == null) {
        return Verdict.fail("parameters() holds no log sigma, so nothing trains it: expected one tensor of shape ("
            + actDim + ") besides the mean network's weights, which PPO's optimizer can step");
      }
      if (!logStd.hasGradient()) {
        return Verdict.fail("log sigma is not trainable: it must require gradients (make it with"
            + " Parameters.constant), or PPO can never change the policy's spread");
      }
      float[] ls = logStd.toFloatArray();
      for (float x : ls) {
        if (Math.abs(x - (-0.5)) > 1e-6) {
          return Verdict.fail("log sigma starts at " + Arrays.toString(ls) + "; Spinning Up starts"
              + " it at -0.5 in every dimension (sigma about 0.61)");
        }
      }
      return distribution(manager, policy, logStd, obsDim, actDim);
    } catch (RuntimeException e) {
      return Verdict.threw(e);
    }
  }

  private static Verdict meanNetwork(Actor policy, int obsDim, int actDim) {
    List<Mlp> nets = policy.networks();
    int[] expected = {obsDim, HIDDEN[0], HIDDEN[1], actDim};
    if (nets.size() != 1 || !Arrays.equals(nets.get(0).sizes(), expected)) {
      return Verdict.fail("the mean network should have layer sizes " + Arrays.toString(expected)
          + " (obsDim, the hidden sizes, actDim); networks() gives "
          + (nets.size() == 1 ? Arrays.toString(nets.get(0).sizes()) : nets.size() + " networks"));
    }
    if (nets.get(0).outputActivation() != Activation.IDENTITY) {
      return Verdict.fail("the mean network's output goes through "
          + nets.get(0).outputActivation() + "; a mean can be any real number: use IDENTITY");
    }
    return Verdict.pass("mean network");
  }

  /** The one parameter that is not the mean network's: log sigma, or null. */
  private static NDArray logStdParameter(Actor policy, int actDim) {
    List<NDArray> net = policy.networks().get(0).parameters();
    NDArray found = null;
    for (NDArray p : policy.parameters()) {
      if (net.stream().noneMatch(w -> w == p) && p.getShape().equals(new Shape(actDim))) {
        found = p;
      }
    }
    return found;
  }

  private static Verdict distribution(NDManager manager, Actor policy, NDArray logStd,
      int obsDim, int actDim) {
    int n = 6;
    Random rng = new Random(6);
    float[] obs = new float[n * obsDim];
    for (int i = 0; i < obs.length; i++) {
      obs[i] = (float) (2 * rng.nextDouble() - 1);
    }
    double[] sigma = new double[actDim];
    float[] ls = logStd.toFloatArray();
    for (int j = 0; j < actDim; j++) {
      sigma[j] = Math.exp(ls[j]);
    }
    // The mean, read through the policy's deterministic action; actions around it.
    double[][] mu = new double[n][];
    float[] act = new float[n * actDim];
    double[][] z = new double[n][actDim];
    for (int i = 0; i < n; i++) {
      float[] m = policy.act(Arrays.copyOfRange(obs, i * obsDim, (i + 1) * obsDim), rng, true);
      mu[i] = new double[actDim];
      for (int j = 0; j < actDim; j++) {
        mu[i][j] = m[j];
        act[i * actDim + j] = (float) (m[j] + 1.5 * sigma[j] * rng.nextGaussian());
        z[i][j] = (act[i * actDim + j] - mu[i][j]) / sigma[j];
      }
    }
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = 0.5 + rng.nextDouble();
    }
    double entropyWeight = 0.3;
    NDArray logp;
    NDArray entropy;
    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
      Distribution pi = policy.distribution(manager.create(obs, new Shape(n, obsDim)));
      logp = pi.logProb(manager.create(act, new Shape(n, actDim)));
      entropy = pi.entropy();
      if (!logp.getShape().equals(new Shape(n))) {
        return Verdict.fail("logProb for " + n + " actions in " + actDim + " dimensions has shape "
            + logp.getShape() + "; expected (" + n + "): one number per action");
      }
      if (!entropy.getShape().equals(new Shape(n, actDim))) {
        return Verdict.fail("entropy for " + n + " states in " + actDim + " dimensions has shape "
            + entropy.getShape() + "; expected (" + n + ", " + actDim + "): one per dimension,"
            + " as PyTorch's Normal reports it");
      }
      NDArray f = logp.mul(manager.create(toFloats(w))).sum()
          .add(entropy.sum().mul(manager.create((float) entropyWeight)));
      collector.backward(f);
    }
    float[] gotLogp = logp.toType(DataType.FLOAT32, false).toFloatArray();
    float[] gotEntropy = entropy.toType(DataType.FLOAT32, false).toFloatArray();
    double[] dLogStd = new double[actDim];
    double[] dMu = new double[actDim];
    for (int i = 0; i < n; i++) {
      double expected = 0;
      for (int j = 0; j < actDim; j++) {
        expected += -0.5 * z[i][j] * z[i][j] - Math.log(sigma[j]) - LOG_SQRT_2PI;
        double h = 0.5 + LOG_SQRT_2PI + Math.log(sigma[j]);
        if (!close(gotEntropy[i * actDim + j], h)) {
          return Verdict.fail(String.format("the entropy of row %d, dimension %d is %.5f;"
              + " expected %.5f = 1/2 + log sqrt(2 pi) + log sigma", i, j,
              gotEntropy[i * actDim + j], h));
        }
        dLogStd[j] += w[i] * (z[i][j] * z[i][j] - 1) + entropyWeight;
        dMu[j] += w[i] * z[i][j] / sigma[j];
      }
      if (!close(gotLogp[i], expected)) {
        return Verdict.fail(String.format("action %d has log-probability %.5f; expected %.5f, the"
            + " sum over dimensions of -z^2/2 - log sigma - log sqrt(2 pi), z = (a - mu) / sigma,"
            + " with mu the policy's deterministic action", i, gotLogp[i], expected));
      }
    }
    float[] gLogStd = logStd.getGradient().toFloatArray();
    // mu = W h + b in the last layer, so d f / d b = sum over the batch of d f / d mu.
    List<NDArray> net = policy.networks().get(0).parameters();
    float[] gBias = net.get(net.size() - 1).getGradient().toFloatArray();
    for (int j = 0; j < actDim; j++) {
      if (!close(gLogStd[j], dLogStd[j])) {
        return Verdict.fail(String.format("the gradient of sum_i w_i log pi(a_i|s_i) + %.1f *"
            + " sum(entropy) with respect to log sigma[%d] is %.5f; written out it is %.5f ="
            + " sum_i w_i (z_ij^2 - 1) + %.1f n: check that logProb and entropy both use log"
            + " sigma as a tensor", entropyWeight, j, gLogStd[j], dLogStd[j], entropyWeight));
      }
      if (!close(gBias[j], dMu[j])) {
        return Verdict.fail(String.format("the gradient of sum_i w_i log pi(a_i|s_i) with respect"
            + " to the mean network's last bias [%d] is %.5f; written out it is %.5f = sum_i w_i"
            + " z_ij / sigma_j: logProb must use the mean as a tensor", j, gBias[j], dMu[j]));
      }
    }
    return Verdict.pass("the mean network, log sigma (trainable, at -0.5), log-probabilities,"
        + " entropies and their gradients match the formulas written out in doubles");
  }

  /** Trains PPO with the policy and reads its returns from progress.txt. */
  static Verdict learns(Factory answer) {
    Torch.start(1);
    Path dir;
    try {
      dir = Files.createTempDirectory("spinup4j-exercise4-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PrintStream console = System.out;
    long start = System.nanoTime();
    try {
      PpoConfig cfg = PpoConfig.defaults().toBuilder()
          .set(PpoConfig.EPOCHS, EPOCHS)
          .set(PpoConfig.STEPS_PER_EPOCH, STEPS_PER_EPOCH)
          .set(PpoConfig.PI_LR, 1e-3)
          .set(PpoConfig.TRAIN_V_ITERS, 20)
          .set(PpoConfig.HIDDEN_SIZES, new int[] {32, 32})
          .set(PpoConfig.SAVE_FREQ, 1000)
          .build();
      // PPO reports early stops on System.out; the check prints one line.
      System.setOut(new PrintStream(new ByteArrayOutputStream()));
      RunConfig run = RunConfig.of("Pendulum-v1", 0).withEnvWrapper(registered -> {
        registered.close(); // a name is needed to make a run; the task is this one
        return new TargetTask();
      });
      try (EpochLogger logger = new EpochLogger(dir, new PrintStream(new ByteArrayOutputStream()))) {
        Ppo.train(cfg, run, logger, (manager, obsSpace, actSpace, spec, rng) ->
            answer.create(manager, obsSpace.flatDim(), spec.hiddenSizes(),
                ((Box) actSpace).flatDim(), spec.activation(), rng));
      }
      System.setOut(console);
      double[] returns = column(dir.resolve("progress.txt"), "AverageEpRet");
      double last = 0;
      for (int i = returns.length - LAST_EPOCHS; i < returns.length; i++) {
        last += returns[i] / LAST_EPOCHS;
      }
      String what = String.format("PPO with your policy, %d epochs of %d steps on a task paying"
          + " -(a - g)^2 per step for %d steps (seed 0, %.0f s), went from an average return of"
          + " %.2f in its first epoch to %.2f over its last %d", EPOCHS, STEPS_PER_EPOCH,
          TargetTask.STEPS, (System.nanoTime() - start) / 1e9, returns[0], last, LAST_EPOCHS);
      if (!(last > MIN_RETURN)) {
        return Verdict.fail(what + String.format("; it must beat %.1f. A mean that follows g"
            + " still pays sigma^2 a step: is log sigma trained, and does logProb use it?",
            MIN_RETURN));
      }
      return Verdict.pass(what);
    } catch (RuntimeException e) {
      return Verdict.threw(e);
    } finally {
      System.setOut(console);
      delete(dir);
    }
  }

  private static double[] column(Path progress, String name) {
    try {
      List<String> lines = Files.readAllLines(progress);
      List<String> header = Arrays.asList(lines.get(0).split("\t"));
      int k = header.indexOf(name);
      List<Double> values = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        values.add(Double.parseDouble(line.split("\t")[k].trim()));
      }
      return values.stream().mapToDouble(Double::doubleValue).toArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary directory is harmless.
    }
  }

  private static boolean close(double got, double expected) {
    return Math.abs(got - expected) <= TOLERANCE * Math.max(1, Math.abs(expected));
  }

  private static float[] toFloats(double[] x) {
    float[] out = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = (float) x[i];
    }
    return out;
  }
}
