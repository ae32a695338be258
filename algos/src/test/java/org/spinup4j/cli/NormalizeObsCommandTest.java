package org.spinup4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinup4j.algos.engine.Torch;
import org.spinup4j.algos.nn.Policy;
import org.spinup4j.algos.saving.Checkpoint;
import org.spinup4j.algos.saving.SavedPolicies;
import org.spinup4j.envs.Env;
import org.spinup4j.envs.Envs;

/** --normalize_obs from the command line: the run, the saved model, and test_policy's loading. */
class NormalizeObsCommandTest {
  @TempDir Path tmp;

  private Path run(String algo, String exp, String... more) {
    return NumEnvsCommandTest.shortRun(tmp, algo, exp, more);
  }

  @ParameterizedTest
  @ValueSource(strings = {"vpg", "ppo", "ddpg", "td3", "sac"})
  void theSavedModelCarriesTheStatisticsAndLoadsAsAPolicyThatAppliesThem(String algo)
      throws IOException {
    Path plain = run(algo, "plain");
    Path normalised = run(algo, "norm", "--normalize_obs");
    assertNotEquals(ResumeCommandTest.rowsWithoutTime(plain),
        ResumeCommandTest.rowsWithoutTime(normalised), "the agent saw other observations");
    assertNull(Checkpoint.readMeta(plain, -1).obsMean(), "no statistics without the option");

    Checkpoint.Meta meta = Checkpoint.readMeta(normalised, -1);
    try (Env env = Envs.make(meta.env())) {
      int dim = env.observationSpace().flatDim();
      assertEquals(dim, meta.obsMean().length);
      assertTrue(Arrays.stream(meta.obsVar()).allMatch(v -> v > 0 && v != 1), "learned variance");
      Checkpoint.Meta withoutStats = new Checkpoint.Meta(meta.algo(), meta.env(),
          meta.hiddenSizes(), meta.activation(), meta.epoch());
      try (NDManager manager = Torch.newManager(ai.djl.Device.cpu())) {
        Policy loaded = SavedPolicies.load(manager, normalised, -1, meta,
            env.observationSpace(), env.actionSpace());
        Policy networkOnly = SavedPolicies.load(manager, normalised, -1, withoutStats,
            env.observationSpace(), env.actionSpace());
        float[] o = env.reset(5);
        float[] seen = meta.obsNormalizer().apply(o);
        assertFalse(Arrays.equals(o, seen));
        // test_policy loads through SavedPolicies.load: the network sees what training showed it.
        assertArrayEquals(networkOnly.act(seen, null, true), loaded.act(o, null, true));
        if (!algo.equals("vpg") && !algo.equals("ppo")) { // continuous: every input tells
          assertFalse(Arrays.equals(networkOnly.act(o, null, true), loaded.act(o, null, true)));
        }
      }
    }
  }
}
