package org.spinup4j.algos.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.spinup4j.algos.buffers.ReplayBuffer;
import org.spinup4j.algos.nn.ActionScaler;
import org.spinup4j.algos.nn.Activation;
import org.spinup4j.algos.nn.NetworkSpec;
import org.spinup4j.algos.nn.QFunction;
import org.spinup4j.algos.nn.SquashedGaussianActor;
import org.spinup4j.algos.optim.Adam;
import org.spinup4j.algos.optim.Frozen;
import org.spinup4j.algos.optim.Polyak;
import org.spinup4j.envs.spaces.Box;

class ScopeTest {

  /**
   * One SAC-shaped update (minibatch upload, sampled target, Q step, frozen-Q policy step,
   * Polyak) inside a scope, repeated: the network's long-lived manager must hold exactly as many
   * arrays after the tenth update as after the first, or a long run grows without bound.
   */
  @Test
  void anOffPolicyUpdateInsideAScopeLeavesNoArrayBehind() {
    try (NDManager manager = Torch.newManager(ai.djl.Device.cpu())) {
      Random rng = new Random(0);
      NetworkSpec spec = new NetworkSpec(new int[] {8}, Activation.RELU);
      ActionScaler scaler = ActionScaler.of(Box.symmetric(2f), "sac");
      SquashedGaussianActor pi = new SquashedGaussianActor(manager, 3, scaler, spec, rng);
      QFunction q = new QFunction(manager, 3, 1, spec, rng);
      QFunction qTarg = q.targetCopy();
      Adam piOptimizer = new Adam(manager, pi.parameters(), 1e-3);
      Adam qOptimizer = new Adam(manager, q.parameters(), 1e-3);
      ReplayBuffer replay = new ReplayBuffer(3, 1, 50);
      for (int i = 0; i < 50; i++) {
        replay.store(new float[] {i, 1, -1}, new float[] {0.5f}, -1, new float[] {i, 0, 1}, false);
      }
      int[] counts = new int[10];
      for (int k = 0; k < counts.length; k++) {
        try (Scope scope = Scope.open()) {
          ReplayBuffer.Batch b = replay.sampleBatch(manager, 16, rng);
          SquashedGaussianActor.Sample next = pi.sample(b.obs2(), rng);
          NDArray y = b.rew().add(qTarg.forward(b.obs2(), next.action()).mul(0.99));
          qOptimizer.minimize(() -> {
            NDArray loss = q.forward(b.obs(), b.act()).sub(y).square().mean();
            return () -> loss;
          });
          try (Frozen frozen = Frozen.of(q.parameters())) {
            piOptimizer.minimize(() -> {
              SquashedGaussianActor.Sample s = pi.sample(b.obs(), rng);
              NDArray loss = s.logp().mul(Scalar.of(s.logp(), 0.2))
                  .sub(q.forward(b.obs(), s.action())).mean();
              return () -> loss;
            });
          }
        }
        Polyak.update(qTarg.parameters(), q.parameters(), 0.995);
        pi.refresh();
        counts[k] = manager.getManagedArrays().size();
      }
      assertEquals(counts[0], counts[counts.length - 1], java.util.Arrays.toString(counts));
    }
  }
}
