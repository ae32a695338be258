package org.spinup4j.exercises.checks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.spinup4j.algos.engine.Scalar;
import org.spinup4j.algos.nn.Activation;
import org.spinup4j.algos.nn.Actor;
import org.spinup4j.algos.nn.Distribution;
import org.spinup4j.algos.nn.Mlp;
import org.spinup4j.algos.nn.Parameters;
import org.spinup4j.algos.nn.PlainMlp;
import org.spinup4j.exercises.solutions.GaussianPolicy;

class GaussianPolicyCheckTest {
  private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

  @Test
  void theSolutionLearnsTheTargetTask() {
    Verdict v = GaussianPolicyCheck.learns(GaussianPolicy::new);
    System.out.println("exercise 4, solution: " + v.line());
    assertTrue(v.passed(), v.line());
  }

  @Test
  void aLogSigmaThatIsNotTrainableFailsOnThePieces() {
    Verdict v = GaussianPolicyCheck.pieces(Variant.frozenLogStd());
    assertFalse(v.passed());
    assertTrue(v.message().contains("nothing trains it"), v.message());
  }

  @Test
  void aLogSigmaThatIsNotTrainableDoesNotLearnEnough() {
    // Its mean can follow the target, but sigma stays at 0.61: 10 * 0.37 a episode at best.
    // (Left out of parameters() too, or PPO's optimizer refuses a tensor without gradients.)
    Verdict v = GaussianPolicyCheck.learns(Variant.frozenLogStd());
    System.out.println("exercise 4, frozen log sigma: " + v.line());
    assertFalse(v.passed(), v.line());
  }

  @Test
  void aLogProbWithoutTheLogSigmaTermFailsOnItsValues() {
    Verdict v = GaussianPolicyCheck.pieces(Variant.noLogSigmaTerm());
    assertFalse(v.passed());
    assertTrue(v.message().contains("log-probability"), v.message());
  }

  @Test
  void aLogProbWithoutTheLogSigmaTermDoesNotLearnEnough() {
    // Without -log sigma, the likelihood rewards a wide sigma: exploration never shrinks.
    Verdict v = GaussianPolicyCheck.learns(Variant.noLogSigmaTerm());
    System.out.println("exercise 4, logProb without -log sigma: " + v.line());
    assertFalse(v.passed(), v.line());
  }

  @Test
  void aSquashedMeanFailsOnTheNetwork() {
    Verdict v = GaussianPolicyCheck.pieces((m, obsDim, hidden, actDim, act, rng) ->
        new Variant(m, obsDim, hidden, actDim, act, rng, true, false, Activation.TANH));
    assertFalse(v.passed());
    assertTrue(v.message().contains("use IDENTITY"), v.message());
  }

  /** The solution's policy with one thing broken. */
  private static final class Variant implements Actor {
    private final Mlp muNet;
    private final NDArray logStd;
    private final boolean trainable;
    private final boolean dropLogSigma;
    private PlainMlp fast;
    private float[] std;

    static GaussianPolicyCheck.Factory frozenLogStd() {
      return (m, obsDim, hidden, actDim, act, rng) ->
          new Variant(m, obsDim, hidden, actDim, act, rng, false, false, Activation.IDENTITY);
    }

    static GaussianPolicyCheck.Factory noLogSigmaTerm() {
      return (m, obsDim, hidden, actDim, act, rng) ->
          new Variant(m, obsDim, hidden, actDim, act, rng, true, true, Activation.IDENTITY);
    }

    Variant(NDManager manager, int obsDim, int[] hidden, int actDim, Activation activation,
        Random rng, boolean trainable, boolean dropLogSigma, Activation output) {
      int[] sizes = new int[hidden.length + 2];
      sizes[0] = obsDim;
      System.arraycopy(hidden, 0, sizes, 1, hidden.length);
      sizes[sizes.length - 1] = actDim;
      muNet = new Mlp(manager, sizes, activation, output, rng);
      logStd = trainable
          ? Parameters.constant(manager, new Shape(actDim), -0.5f)
          : manager.full(new Shape(actDim), -0.5f);
      this.trainable = trainable;
      this.dropLogSigma = dropLogSigma;
      refresh();
    }

    @Override
    public Distribution distribution(NDArray obs) {
      NDArray mu = muNet.forward(obs);
      return new Distribution() {
        @Override
        public NDArray logProb(NDArray a) {
          NDArray z = a.sub(mu).div(logStd.exp());
          NDArray perDim = z.square().mul(Scalar.of(z, -0.5)).sub(LOG_SQRT_2PI);
          return (dropLogSigma ? perDim : perDim.sub(logStd)).sum(new int[] {-1});
        }

        @Override
        public NDArray entropy() {
          return mu.zerosLike().add(logStd).add(0.5 + LOG_SQRT_2PI);
        }
      };
    }

    @Override
    public float[] act(float[] obs, Random rng, boolean deterministic) {
      float[] a = fast.forward(obs);
      if (!deterministic) {
        for (int i = 0; i < a.length; i++) {
          a[i] += (float) (std[i] * rng.nextGaussian());
        }
      }
      return a;
    }

    @Override
    public void refresh() {
      fast = muNet.snapshot();
      float[] ls = logStd.toFloatArray();
      std = new float[ls.length];
      for (int i = 0; i < ls.length; i++) {
        std[i] = (float) Math.exp(ls[i]);
      }
    }

    @Override
    public List<Mlp> networks() {
      return List.of(muNet);
    }

    @Override
    public List<NDArray> parameters() {
      List<NDArray> all = new ArrayList<>(muNet.parameters());
      if (trainable) {
        all.add(logStd);
      }
      return all;
    }
  }
}
