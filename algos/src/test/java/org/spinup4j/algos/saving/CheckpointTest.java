package org.spinup4j.algos.saving;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinup4j.algos.engine.Torch;
import org.spinup4j.algos.nn.Activation;
import org.spinup4j.algos.nn.Mlp;

/** Saves that a kill can interrupt at any moment still leave a model that loads. */
class CheckpointTest {
  @TempDir Path run;

  private static Checkpoint.Meta meta(int epoch) {
    return new Checkpoint.Meta("ppo", "CartPole-v1", new int[] {4}, "tanh", epoch);
  }

  @Test
  void aLatestPairMixedFromTwoSavesIsSkippedForTheNewestWholeSnapshot() throws IOException {
    try (NDManager manager = Torch.newManager(ai.djl.Device.cpu())) {
      Mlp net = new Mlp(manager, new int[] {2, 4, 1}, Activation.TANH, Activation.IDENTITY,
          new Random(3));
      List<NDArray> params = net.parameters();
      Checkpoint.save(run, meta(1), params, 1);
      params.get(1).set(new NDIndex("0"), 7f); // the weights of epoch 2 differ
      Checkpoint.save(run, meta(2), params, 2);
      float[] epoch2 = params.get(1).toFloatArray();
      Path dir = run.resolve(Checkpoint.DIR);
      // A kill between the latest pair's two renames: epoch 2's weights, epoch 1's description.
      Files.copy(dir.resolve("model1.json"), dir.resolve("model.json"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      assertEquals(2, Checkpoint.readMeta(run, -1).epoch(), "the description of the weights");
      params.get(1).set(new NDIndex("0"), 0f);
      Checkpoint.readParams(run, -1, params);
      assertArrayEquals(epoch2, params.get(1).toFloatArray());
    }
  }

  @Test
  void temporaryFilesOfAKilledSaveAreNeverReadAndGoAtTheNextSave() throws IOException {
    try (NDManager manager = Torch.newManager(ai.djl.Device.cpu())) {
      Mlp net = new Mlp(manager, new int[] {2, 4, 1}, Activation.TANH, Activation.IDENTITY,
          new Random(4));
      Checkpoint.save(run, meta(0), net.parameters(), 0);
      Path dir = run.resolve(Checkpoint.DIR);
      Files.write(dir.resolve("model.params.tmp"), new byte[] {1, 2, 3});
      assertEquals(0, Checkpoint.readMeta(run, -1).epoch());
      Checkpoint.save(run, meta(1), net.parameters(), 1);
      try (var files = Files.list(dir)) {
        assertFalse(files.anyMatch(p -> p.toString().endsWith(".tmp")));
      }
      String json = Files.readString(dir.resolve("model.json"));
      assertTrue(json.contains("params_crc32"), json);
    }
  }

  @Test
  void aKillBetweenTheFirstSavesTwoRenamesStillLeavesALoadableModel() throws IOException {
    try (NDManager manager = Torch.newManager(ai.djl.Device.cpu())) {
      Mlp net = new Mlp(manager, new int[] {2, 4, 1}, Activation.TANH, Activation.IDENTITY,
          new Random(5));
      Checkpoint.save(run, meta(0), net.parameters(), 0);
      // As if killed after model.params was renamed into place but before model.json was.
      Files.delete(run.resolve(Checkpoint.DIR).resolve("model.json"));
      assertEquals(0, Checkpoint.readMeta(run, -1).epoch());
      Checkpoint.readParams(run, -1, net.parameters());
    }
  }
}
