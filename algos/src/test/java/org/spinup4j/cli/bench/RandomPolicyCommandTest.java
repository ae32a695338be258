package org.spinup4j.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinup4j.cli.Cli;
import org.spinup4j.envs.Env;
import org.spinup4j.envs.Envs;
import org.spinup4j.envs.StepResult;

class RandomPolicyCommandTest {
  @TempDir Path tmp;

  @Test
  void statisticsAreThoseOfSeededRandomEpisodesOfTheTaskAsMadeForTheAlgorithms()
      throws IOException {
    Path json = tmp.resolve("stats.json");
    Object[] r = Cli.run("random_policy", "--env", "Pendulum-v1", "--episodes", "3", "--steps",
        "0", "--seed", "7", "--out", json.toString());
    assertEquals(0, r[0], (String) r[2]);
    assertTrue(((String) r[1]).contains("Pendulum-v1"), (String) r[1]);
    JsonObject result = JsonParser.parseString(Files.readString(json)).getAsJsonObject()
        .getAsJsonArray("results").get(0).getAsJsonObject();
    // The same three episodes by hand: Pendulum's time limit truncates each at 200 steps.
    double[] returns = new double[3];
    try (Env env = Envs.make("Pendulum-v1")) {
      env.reset(7);
      for (int e = 0; e < 3; e++) {
        if (e > 0) {
          env.reset();
        }
        StepResult s;
        do {
          s = env.step(env.actionSpace().sample());
          returns[e] += s.reward();
        } while (!s.done());
      }
    }
    double mean = (returns[0] + returns[1] + returns[2]) / 3;
    assertEquals(mean, result.get("ep_ret_mean").getAsDouble(), 1e-9);
    assertEquals(200, result.get("ep_len_mean").getAsDouble());
    assertEquals(0, result.get("ep_len_std").getAsDouble());
    assertEquals(0, result.get("terminated_fraction").getAsDouble());
  }
}
