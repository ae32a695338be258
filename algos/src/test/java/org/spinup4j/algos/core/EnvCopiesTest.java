package org.spinup4j.algos.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinup4j.envs.Env;
import org.spinup4j.envs.EnvWrapper;
import org.spinup4j.envs.StepResult;
import org.spinup4j.utils.logx.EpochLogger;

class EnvCopiesTest {
  /** Copy 0 fails at once; copy 1 is slow and notes whether it was closed while stepping. */
  private static final class Planted extends EnvWrapper {
    private final boolean fails;
    private final AtomicBoolean stepping = new AtomicBoolean();
    private final AtomicBoolean closedWhileStepping;

    Planted(Env inner, boolean fails, AtomicBoolean closedWhileStepping) {
      super(inner);
      this.fails = fails;
      this.closedWhileStepping = closedWhileStepping;
    }

    @Override
    public StepResult step(float[] action) {
      if (fails) {
        throw new IllegalStateException("planted failure");
      }
      stepping.set(true);
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      StepResult res = super.step(action);
      stepping.set(false);
      return res;
    }

    @Override
    public void close() {
      if (stepping.get()) {
        closedWhileStepping.set(true);
      }
      super.close();
    }
  }

  @TempDir Path tmp;

  @Test
  void aFailedStepIsReportedOnlyAfterEveryCopyHasFinishedItsStep() {
    AtomicInteger made = new AtomicInteger();
    AtomicBoolean closedWhileStepping = new AtomicBoolean();
    RunConfig run = RunConfig.of("CartPole-v1", 0)
        .withEnvWrapper(env -> new Planted(env, made.getAndIncrement() == 0, closedWhileStepping))
        .withEnvThreads(2);
    EpochLogger logger = new EpochLogger(tmp, new PrintStream(new ByteArrayOutputStream()));
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> {
      try (EnvCopies envs = new EnvCopies(run, 2)) {
        Episode[] episodes = envs.startEpisodes(run, logger, 500);
        envs.step(episodes, new float[][] {{0}, {1}});
      }
    });
    assertEquals("planted failure", thrown.getMessage());
    assertFalse(closedWhileStepping.get(), "copy 1 was closed while it was still stepping");
  }
}
