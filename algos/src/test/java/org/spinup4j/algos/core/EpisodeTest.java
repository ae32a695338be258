package org.spinup4j.algos.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
      assertFalse(episode.add(env.step(1)));
      assertFalse(episode.add(env.step(0)));
      assertTrue(episode.add(env.step(1)));
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
        res = env.step(1); // always push right: the pole falls within a few dozen steps
        steps++;
      } while (!episode.add(res));
      assertTrue(res.terminated());
      episode.restart();
      assertFalse(episode.add(env.step(0)), "a fresh episode of one step is not over");
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
      episode.add(env.step(0));
      episode.add(env.step(1));
      episode.restart();
      assertEquals(0, logger.stats("EpRet").count());
    } finally {
      System.setOut(console);
    }
    assertEquals("Warning: trajectory cut off by epoch at 2 steps.\n", printed.toString());
  }
}
