package org.spinup4j.algos.core;

import org.spinup4j.envs.Env;
import org.spinup4j.envs.StepResult;
import org.spinup4j.utils.logx.EpochLogger;

/**
 * The off-policy algorithms' end-of-epoch evaluation: {@code episodes} episodes of the policy's
 * deterministic action (no exploration noise; SAC's mean action) on an environment of its own, so
 * testing never disturbs the training episode in progress. Each episode's return and length are
 * stored as {@link OffPolicyLog#TEST_EP_RET} and {@link OffPolicyLog#TEST_EP_LEN}.
 *
 * <p>The test environment is seeded once, with a seed other than the training environment's
 * ({@link #SEED_OFFSET} added), so test episodes start from other states than training episodes;
 * later epochs continue its generator. (The reference never seeds its environments.)
 */
public final class TestAgent {
  /** Added to the run's seed to seed the test environment. */
  public static final long SEED_OFFSET = 10_000;

  private final Env env;
  private final long seed;
  private final int episodes;
  private final int maxEpLen;
  private boolean seeded;

  public TestAgent(Env env, long runSeed, int episodes, int maxEpLen) {
    this.env = env;
    this.seed = runSeed + SEED_OFFSET;
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
      logger.store(OffPolicyLog.TEST_EP_RET, epRet);
      logger.store(OffPolicyLog.TEST_EP_LEN, epLen);
    }
  }
}
