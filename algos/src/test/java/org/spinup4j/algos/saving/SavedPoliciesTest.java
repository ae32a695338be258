package org.spinup4j.algos.saving;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinup4j.algos.engine.Torch;
import org.spinup4j.algos.nn.Activation;
import org.spinup4j.algos.nn.ActorCritic;
import org.spinup4j.algos.nn.CategoricalActor;
import org.spinup4j.algos.nn.NetworkSpec;
import org.spinup4j.algos.nn.Parameters;
import org.spinup4j.algos.nn.RestorablePolicy;
import org.spinup4j.envs.Env;
import org.spinup4j.envs.Envs;

class SavedPoliciesTest {
  private static NDManager manager;
  @TempDir Path tmp;

  @BeforeAll
  static void start() {
    manager = Torch.newManager(ai.djl.Device.cpu());
  }

  @AfterAll
  static void stop() {
    manager.close();
  }

  private static ActorCritic actorCritic(Env env, long seed) {
    return new ActorCritic(manager, env.observationSpace(), env.actionSpace(),
        new NetworkSpec(new int[] {16, 16}, Activation.TANH), new Random(seed));
  }

  private static float[] randomObs(Random rng, int dim) {
    float[] o = new float[dim];
    for (int i = 0; i < dim; i++) {
      o[i] = (float) rng.nextGaussian();
    }
    return o;
  }

  @Test
  void aSavedActorCriticComesBackActingExactlyAsItDid() throws IOException {
    for (String id : new String[] {"CartPole-v1", "Pendulum-v1"}) {
      try (Env env = Envs.make(id)) {
        ActorCritic saved = actorCritic(env, 11);
        Checkpoint.Meta meta = new Checkpoint.Meta("ppo", id, new int[] {16, 16}, "tanh", 3);
        Path dir = tmp.resolve(id);
        Checkpoint.save(dir, meta, saved.parameters(), 3);

        RestorablePolicy loaded = SavedPolicies.restore(manager, dir, 3, meta,
            env.observationSpace(), env.actionSpace());
        Random rng = new Random(1);
        for (int i = 0; i < 20; i++) {
          float[] o = randomObs(rng, env.observationSpace().flatDim());
          assertArrayEquals(saved.act(o, new Random(i), true), loaded.act(o, new Random(i), true));
          assertArrayEquals(saved.act(o, new Random(i), false), loaded.act(o, new Random(i), false));
        }
      }
    }
  }

  @Test
  void deterministicActionsDoNotDependOnTheRandomGenerator() {
    for (String id : new String[] {"CartPole-v1", "Pendulum-v1"}) {
      try (Env env = Envs.make(id)) {
        ActorCritic ac = actorCritic(env, 5);
        Random obsRng = new Random(2);
        Random rngA = new Random(3);
        Random rngB = new Random(4);
        boolean samplesDiffer = false;
        for (int i = 0; i < 50; i++) {
          float[] o = randomObs(obsRng, env.observationSpace().flatDim());
          assertArrayEquals(ac.act(o, rngA, true), ac.act(o, rngB, true), id);
          samplesDiffer |= ac.act(o, rngA, false)[0] != ac.act(o, rngB, false)[0];
        }
        assertTrue(samplesDiffer, id + ": without --deterministic actions are sampled");
      }
    }
  }

  @Test
  void theDeterministicDiscreteActionIsTheMostLikelyOne() {
    try (Env env = Envs.make("CartPole-v1")) {
      ActorCritic ac = actorCritic(env, 9);
      float[] o = {0.1f, -0.4f, 0.05f, 0.3f};
      float[] logits = ((CategoricalActor) ac.pi).networks().get(0).snapshot().forward(o);
      int best = logits[1] > logits[0] ? 1 : 0;
      assertEquals(best, (int) ac.act(o, new Random(0), true)[0]);
    }
  }

  @Test
  void anUnknownAlgorithmIsRefusedByName() {
    try (Env env = Envs.make("CartPole-v1")) {
      Checkpoint.Meta meta = new Checkpoint.Meta("a2c", "CartPole-v1", new int[] {8}, "tanh", 0);
      var e = assertThrows(IllegalArgumentException.class, () -> SavedPolicies.load(manager, tmp,
          -1, meta, env.observationSpace(), env.actionSpace()));
      assertTrue(e.getMessage().contains("'a2c'"), e.getMessage());
    }
  }

  @Test
  void aTruncatedWeightsFileLeavesTheNetworkUntouched() throws IOException {
    try (Env env = Envs.make("CartPole-v1")) {
      List<NDArray> params = actorCritic(env, 1).parameters();
      float[] before = params.get(0).toFloatArray();
      // Says 6 tensors, the first of 64 values, then only one value.
      byte[] truncated = {0, 0, 0, 6, 0, 0, 0, 64, 63, -128, 0, 0};
      assertThrows(IOException.class,
          () -> Parameters.load(params, new ByteArrayInputStream(truncated)));
      assertArrayEquals(before, params.get(0).toFloatArray());
    }
  }

  @Test
  void bytesAfterTheLastTensorAreRefusedAndLeaveTheNetworkUntouched() throws IOException {
    try (Env env = Envs.make("CartPole-v1")) {
      List<NDArray> params = actorCritic(env, 1).parameters();
      float[] before = params.get(0).toFloatArray();
      java.io.ByteArrayOutputStream saved = new java.io.ByteArrayOutputStream();
      Parameters.save(params, saved);
      saved.write(new byte[64]); // 64 junk bytes appended
      IOException e = assertThrows(IOException.class,
          () -> Parameters.load(params, new ByteArrayInputStream(saved.toByteArray())));
      assertTrue(e.getMessage().contains("unexpected bytes"), e.getMessage());
      assertArrayEquals(before, params.get(0).toFloatArray());
    }
  }
}
