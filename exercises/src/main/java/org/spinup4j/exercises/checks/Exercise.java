package org.spinup4j.exercises.checks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Collectors;
import org.spinup4j.algos.buffers.ReplayBuffer;
import org.spinup4j.algos.nn.ActionScaler;
import org.spinup4j.algos.nn.DeterministicActor;
import org.spinup4j.algos.nn.NetworkSpec;
import org.spinup4j.algos.nn.QFunction;
import org.spinup4j.exercises.problems.DdpgQLearning;
import org.spinup4j.exercises.problems.GaussianLikelihood;
import org.spinup4j.exercises.problems.GaussianPolicy;
import org.spinup4j.exercises.problems.PpoClipLoss;
import org.spinup4j.exercises.problems.Td3Learner;

/**
 * The exercises by number, each tying its check to the problem (the file a reader edits) or to
 * the worked solution. The bindings are small adapters, so the problem files import nothing from
 * the checks and read as plain spinup4j code.
 */
public enum Exercise {
  GAUSSIAN_LIKELIHOOD(1, "diagonal-Gaussian log-likelihood", "GaussianLikelihood") {
    @Override
    public Verdict check(boolean solution) {
      return GaussianLikelihoodCheck.check(solution
          ? org.spinup4j.exercises.solutions.GaussianLikelihood::logProb
          : GaussianLikelihood::logProb);
    }
  },

  PPO_CLIP_LOSS(2, "PPO-Clip policy loss", "PpoClipLoss") {
    @Override
    public Verdict check(boolean solution) {
      return PpoClipLossCheck.check(
          solution ? Exercise::solvedClipLoss : Exercise::problemClipLoss);
    }
  },

  Q_LEARNING_BUG(3, "the silent bug in a DDPG-style Q update", "DdpgQLearning") {
    @Override
    public Verdict check(boolean solution) {
      return QLearningCheck.check(solution ? Exercise::solvedLearner : Exercise::problemLearner);
    }
  },

  GAUSSIAN_POLICY(4, "a Gaussian policy for PPO, trained by PPO", "GaussianPolicy") {
    @Override
    public Verdict check(boolean solution) {
      return GaussianPolicyCheck.check(solution
          ? org.spinup4j.exercises.solutions.GaussianPolicy::new
          : GaussianPolicy::new);
    }
  },

  TD3(5, "TD3's three tricks, trained on Pendulum-v1", "Td3Learner") {
    @Override
    public Verdict check(boolean solution) {
      return Td3Check.check(solution ? Exercise::solvedTd3 : Exercise::problemTd3);
    }
  };

  private final int number;
  private final String title;
  private final String className;

  Exercise(int number, String title, String className) {
    this.number = number;
    this.title = title;
    this.className = className;
  }

  /** Runs the check on the problem as it stands in the source tree, or on the worked solution. */
  public abstract Verdict check(boolean solution);

  public int number() {
    return number;
  }

  public String title() {
    return title;
  }

  /** The file a reader edits, relative to the repository root. */
  public String problemFile() {
    return "exercises/src/main/java/org/spinup4j/exercises/problems/" + className + ".java";
  }

  /** The worked solution, relative to the repository root. */
  public String solutionFile() {
    return "exercises/src/main/java/org/spinup4j/exercises/solutions/" + className + ".java";
  }

  /**
   * The exercise numbered {@code number}.
   *
   * @throws IllegalArgumentException naming the number and the ones that exist
   */
  public static Exercise number(String number) {
    for (Exercise e : values()) {
      if (Integer.toString(e.number).equals(number.trim())) {
        return e;
      }
    }
    throw new IllegalArgumentException("no exercise '" + number + "'; exercises: "
        + Arrays.stream(values()).map(e -> Integer.toString(e.number))
            .collect(Collectors.joining(", ")));
  }

  // ---------------------------------------------------------------- adapters

  static PpoClipLossCheck.Values problemClipLoss(
      NDArray logp, NDArray logpOld, NDArray adv, double eps) {
    PpoClipLoss.Result r = PpoClipLoss.compute(logp, logpOld, adv, eps);
    return new PpoClipLossCheck.Values(r.loss(), r.approxKl(), r.clipFrac());
  }

  static PpoClipLossCheck.Values solvedClipLoss(
      NDArray logp, NDArray logpOld, NDArray adv, double eps) {
    var r = org.spinup4j.exercises.solutions.PpoClipLoss.compute(logp, logpOld, adv, eps);
    return new PpoClipLossCheck.Values(r.loss(), r.approxKl(), r.clipFrac());
  }

  static QLearningCheck.Learner problemLearner(NDManager manager, int obsDim, int actDim,
      double gamma, double polyak, double qLr, Random rng) {
    DdpgQLearning learner = new DdpgQLearning(manager, obsDim, actDim, gamma, polyak, qLr, rng);
    return new QLearningCheck.Learner() {
      @Override
      public NDArray q(NDArray o, NDArray a) {
        return learner.q(o, a);
      }

      @Override
      public NDArray loss(NDArray o, NDArray a, NDArray r, NDArray o2, NDArray d) {
        return learner.qLoss(new DdpgQLearning.Batch(o, a, r, o2, d)).value();
      }

      @Override
      public void update(NDArray o, NDArray a, NDArray r, NDArray o2, NDArray d) {
        learner.update(new DdpgQLearning.Batch(o, a, r, o2, d));
      }
    };
  }

  static QLearningCheck.Learner solvedLearner(NDManager manager, int obsDim, int actDim,
      double gamma, double polyak, double qLr, Random rng) {
    var learner = new org.spinup4j.exercises.solutions.DdpgQLearning(manager, obsDim, actDim,
        gamma, polyak, qLr, rng);
    return new QLearningCheck.Learner() {
      @Override
      public NDArray q(NDArray o, NDArray a) {
        return learner.q(o, a);
      }

      @Override
      public NDArray loss(NDArray o, NDArray a, NDArray r, NDArray o2, NDArray d) {
        return learner.qLoss(
            new org.spinup4j.exercises.solutions.DdpgQLearning.Batch(o, a, r, o2, d)).value();
      }

      @Override
      public void update(NDArray o, NDArray a, NDArray r, NDArray o2, NDArray d) {
        learner.update(new org.spinup4j.exercises.solutions.DdpgQLearning.Batch(o, a, r, o2, d));
      }
    };
  }

  static Td3Check.Learner problemTd3(NDManager manager, int obsDim, ActionScaler scaler,
      NetworkSpec spec, Td3Check.Settings s, Random rng) {
    Td3Learner learner = new Td3Learner(manager, obsDim, scaler, spec, new Td3Learner.Settings(
        s.gamma(), s.polyak(), s.piLr(), s.qLr(), s.targetNoise(), s.noiseClip(),
        s.policyDelay()), rng);
    return new Td3Check.Learner() {
      @Override
      public NDArray targetAction(NDArray o2) {
        return learner.targetAction(o2);
      }

      @Override
      public NDArray backup(ReplayBuffer.Batch b) {
        return learner.backup(b);
      }

      @Override
      public void update(ReplayBuffer.Batch b, int j) {
        learner.update(b, j);
      }

      @Override
      public DeterministicActor policy() {
        return learner.policy();
      }

      @Override
      public DeterministicActor targetPolicy() {
        return learner.targetPolicy();
      }

      @Override
      public QFunction q1Target() {
        return learner.q1Target();
      }

      @Override
      public QFunction q2Target() {
        return learner.q2Target();
      }
    };
  }

  static Td3Check.Learner solvedTd3(NDManager manager, int obsDim, ActionScaler scaler,
      NetworkSpec spec, Td3Check.Settings s, Random rng) {
    var learner = new org.spinup4j.exercises.solutions.Td3Learner(manager, obsDim, scaler, spec,
        new org.spinup4j.exercises.solutions.Td3Learner.Settings(s.gamma(), s.polyak(), s.piLr(),
            s.qLr(), s.targetNoise(), s.noiseClip(), s.policyDelay()), rng);
    return new Td3Check.Learner() {
      @Override
      public NDArray targetAction(NDArray o2) {
        return learner.targetAction(o2);
      }

      @Override
      public NDArray backup(ReplayBuffer.Batch b) {
        return learner.backup(b);
      }

      @Override
      public void update(ReplayBuffer.Batch b, int j) {
        learner.update(b, j);
      }

      @Override
      public DeterministicActor policy() {
        return learner.policy();
      }

      @Override
      public DeterministicActor targetPolicy() {
        return learner.targetPolicy();
      }

      @Override
      public QFunction q1Target() {
        return learner.q1Target();
      }

      @Override
      public QFunction q2Target() {
        return learner.q2Target();
      }
    };
  }
}
