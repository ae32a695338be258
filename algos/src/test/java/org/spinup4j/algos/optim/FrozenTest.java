package org.spinup4j.algos.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.spinup4j.algos.engine.Scope;
import org.spinup4j.algos.engine.Torch;
import org.spinup4j.algos.nn.ActionScaler;
import org.spinup4j.algos.nn.Activation;
import org.spinup4j.algos.nn.DeterministicActor;
import org.spinup4j.algos.nn.NetworkSpec;
import org.spinup4j.algos.nn.Parameters;
import org.spinup4j.algos.nn.QFunction;
import org.spinup4j.envs.spaces.Box;

/** The actor's loss goes through Q: what freezing Q does to the gradients left on Q's weights. */
class FrozenTest {
  private static final NetworkSpec SPEC = new NetworkSpec(new int[] {16}, Activation.RELU);

  private static double gradientMass(List<NDArray> params) {
    double total = 0;
    for (NDArray p : params) {
      try (NDArray g = p.getGradient()) {
        total += g.abs().sum().getFloat();
      }
    }
    return total;
  }

  private static float[] flat(List<NDArray> params) {
    float[] all = new float[Math.toIntExact(Parameters.count(params))];
    int at = 0;
    for (NDArray p : params) {
      float[] v = p.toFloatArray();
      System.arraycopy(v, 0, all, at, v.length);
      at += v.length;
    }
    return all;
  }

  /** One policy step on -mean Q(s, mu(s)), with Q frozen or not; returns the gradient left on Q. */
  private static double policyStepLeavesOnQ(boolean freeze) {
    try (NDManager manager = Torch.newManager(ai.djl.Device.cpu())) {
      Random rng = new Random(0);
      ActionScaler scaler = ActionScaler.of(Box.symmetric(1f), "ddpg");
      DeterministicActor pi = new DeterministicActor(manager, 2, scaler, SPEC, rng);
      QFunction q = new QFunction(manager, 2, 1, SPEC, rng);
      Adam piOptimizer = new Adam(manager, pi.parameters(), 1e-2);
      float[] piBefore = flat(pi.parameters());
      float[] qBefore = flat(q.parameters());
      try (Scope scope = Scope.open()) {
        NDArray obs = manager.create(new float[] {0.5f, -1f, 1f, 0.3f}, new Shape(2, 2));
        Loss loss = () -> q.forward(obs, pi.forward(obs)).mean().neg();
        if (freeze) {
          try (Frozen frozen = Frozen.of(q.parameters())) {
            piOptimizer.minimize(() -> loss);
          }
        } else {
          piOptimizer.minimize(() -> loss);
        }
      }
      assertFalse(java.util.Arrays.equals(piBefore, flat(pi.parameters())), "the policy moved");
      assertTrue(java.util.Arrays.equals(qBefore, flat(q.parameters())), "Q's weights did not");
      return gradientMass(q.parameters());
    }
  }

  @Test
  void freezingQKeepsThePolicyLossFromLeavingGradientsOnQ() {
    assertEquals(0.0, policyStepLeavesOnQ(true));
    // Without freezing, the gradient would wait on Q's weights for the next Q step.
    assertTrue(policyStepLeavesOnQ(false) > 0);
  }

  @Test
  void closingUnfreezesSoQCanBeTrainedAgain() {
    try (NDManager manager = Torch.newManager(ai.djl.Device.cpu())) {
      QFunction q = new QFunction(manager, 2, 1, SPEC, new Random(3));
      try (Frozen frozen = Frozen.of(q.parameters())) {
        q.parameters().forEach(p -> assertFalse(p.hasGradient()));
      }
      q.parameters().forEach(p -> assertTrue(p.hasGradient()));
      Adam qOptimizer = new Adam(manager, q.parameters(), 1e-2);
      float[] before = flat(q.parameters());
      try (Scope scope = Scope.open()) {
        NDArray obs = manager.create(new float[] {0.5f, -1f}, new Shape(1, 2));
        NDArray act = manager.create(new float[] {0.2f}, new Shape(1, 1));
        qOptimizer.minimize(() -> {
          NDArray loss = q.forward(obs, act).sub(1).square().mean();
          return () -> loss;
        });
      }
      assertFalse(java.util.Arrays.equals(before, flat(q.parameters())));
      assertEquals(0.0, gradientMass(q.parameters()), "Adam zeroes what it stepped on");
    }
  }
}
