package org.spinup4j.algos.core;

import org.spinup4j.algos.nn.Policy;
import org.spinup4j.algos.saving.ResumeState;
import org.spinup4j.envs.Env;
import org.spinup4j.envs.StepResult;
import org.spinup4j.utils.logx.EpochLogger;

/**
 * The off-policy algorithms' end-of-epoch evaluation: {@code episodes} episodes of the policy's
 * deterministic action (no exploration noise; SAC's mean action) on an environment of its own, so
 * testing never disturbs the training episode in progress. Each episode's return and length are
 * stored as {@link LogKeys#TEST_EP_RET} and {@link LogKeys#TEST_EP_LEN}.
 *
 * <p>The test environment is seeded once, with a seed of its own ({@link RunConfig#testSeed()}),
 * so test episodes start from other states than training episodes; later epochs continue its
 * generator. (The reference never seeds its environments.) Between epochs its whole state is
 * that generator, which a resumed run restores.
 */
public final class TestAgent implements ResumeState.Part {
  private final Env env;
  private final long seed;
  private final int episodes;
  private final int maxEpLen;
  private boolean seeded;

  /** Tests on {@code env}, seeded with {@code seed} before its first episode. */
  public TestAgent(Env env, long seed, int episodes, int maxEpLen) {
    this.env = env;
    this.seed = seed;
    this.episodes = episodes;
    this.maxEpLen = maxEpLen;
  }

  /** Runs the test episodes with {@code pi}'s deterministic action and stores their statistics. */
  public void run(Policy pi, EpochLogger logger) {
    for (int j = 0; j < episodes; j++) {
      float[] o = seeded ? env.reset() : env.reset(seed);
      seeded = true;
      double epRet = 0;
      int epLen = 0;
      boolean done = false;
      while (!done && epLen < maxEpLen) {
        StepResult res = env.step(pi.act(o, null, true));
        o = res.observation();
        epRet += res.reward();
        epLen++;
        done = res.done();
      }
      logger.store(LogKeys.TEST_EP_RET, epRet);
      logger.store(LogKeys.TEST_EP_LEN, epLen);
    }
  }

  @Override
  public void save(ResumeState.Out out) throws java.io.IOException {
    out.writeBoolean(seeded);
    out.writeRng(env.random().state());
  }

  @Override
  public void restore(ResumeState.In in) throws java.io.IOException {
    seeded = in.readBoolean();
    env.random().restore(in.readRng());
  }
}
