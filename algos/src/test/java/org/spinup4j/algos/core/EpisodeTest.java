package org.spinup4j.algos.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinup4j.algos.saving.ResumeStateTest;
import org.spinup4j.envs.Env;
import org.spinup4j.envs.Envs;
import org.spinup4j.envs.StepResult;
import org.spinup4j.utils.logx.EpochLogger;

class EpisodeTest {
  @TempDir Path tmp;

  private EpochLogger quietLogger() {
    return new EpochLogger(tmp.resolve("log"), new PrintStream(new ByteArrayOutputStream()));
  }

  @Test
  void maxEpLenEndsTheEpisodeAndItsReturnIsLogged() {
    try (Env env = Envs.make("CartPole-v1"); EpochLogger logger = quietLogger()) {
      Episode episode = new Episode(env, logger, 3);
      episode.start(0);
      // Push right then left: CartPole does not fall in three steps, so only max_ep_len ends it.
      episode.step(new float[] {1});
      assertFalse(episode.over());
      episode.step(new float[] {0});
      assertFalse(episode.over());
      episode.step(new float[] {1});
      assertTrue(episode.over());
      episode.restart();
      assertEquals(3.0, logger.stats("EpRet").mean());
      assertEquals(3.0, logger.stats("EpLen").mean());
    }
  }

  @Test
  void theEnvironmentEndingTheEpisodeEndsItAndEachEpisodeCountsFromZero() {
    try (Env env = Envs.make("CartPole-v1"); EpochLogger logger = quietLogger()) {
      Episode episode = new Episode(env, logger, 1000);
      episode.start(1);
      int steps = 0;
      StepResult res;
      do {
        res = episode.step(new float[] {1}); // always push right: the pole soon falls
        steps++;
      } while (!episode.over());
      assertTrue(res.terminated());
      episode.restart();
      episode.step(new float[] {0});
      assertFalse(episode.over(), "a fresh episode of one step is not over");
      assertEquals(steps, logger.stats("EpLen").mean());
      assertEquals(1, logger.stats("EpLen").count());
    }
  }

  @Test
  void aTrajectoryCutByTheEpochIsNotLoggedAsAnEpisode() {
    PrintStream console = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (Env env = Envs.make("CartPole-v1"); EpochLogger logger = quietLogger()) {
      System.setOut(new PrintStream(printed));
      Episode episode = new Episode(env, logger, 1000);
      episode.start(2);
      episode.step(new float[] {0});
      episode.step(new float[] {1});
      episode.restart();
      assertEquals(0, logger.stats("EpRet").count());
    } finally {
      System.setOut(console);
    }
    assertEquals("Warning: trajectory cut off by epoch at 2 steps.\n", printed.toString());
  }

  @Test
  void aRestoredEpisodeIsTheSavedOneToTheLastBitEvenWithDrawsBetweenSteps() throws Exception {
    // LunarLander draws engine dispersion from its generator inside step(), and sample() draws
    // from the same generator between steps: the replay must reproduce both.
    Path file = tmp.resolve("episode.bin");
    float[] expectedNext;
    try (Env env = Envs.make("LunarLanderContinuous-v3"); EpochLogger logger = quietLogger()) {
      Episode episode = new Episode(env, logger, 1000);
      episode.start(5);
      for (int i = 0; i < 30; i++) {
        episode.step(env.actionSpace().sample());
      }
      episode.restart();
      for (int i = 0; i < 40; i++) {
        episode.step(env.actionSpace().sample());
      }
      ResumeStateTest.write(file, episode);
      float[] a = env.actionSpace().sample();
      expectedNext = episode.step(a).observation();
    }
    try (Env env = Envs.make("LunarLanderContinuous-v3"); EpochLogger logger = quietLogger2()) {
      Episode episode = new Episode(env, logger, 1000);
      episode.start(99); // a different start, which the restore replaces
      ResumeStateTest.read(file, episode);
      float[] a = env.actionSpace().sample();
      assertEquals(java.util.Arrays.toString(expectedNext),
          java.util.Arrays.toString(episode.step(a).observation()));
    }
  }

  private EpochLogger quietLogger2() {
    return new EpochLogger(tmp.resolve("log2"), new PrintStream(new ByteArrayOutputStream()));
  }
}
