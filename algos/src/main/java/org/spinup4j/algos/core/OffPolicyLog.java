package org.spinup4j.algos.core;

import static org.spinup4j.algos.core.LogKeys.EP_LEN;
import static org.spinup4j.algos.core.LogKeys.EP_RET;
import static org.spinup4j.algos.core.LogKeys.LOSS_PI;
import static org.spinup4j.algos.core.LogKeys.LOSS_Q;
import static org.spinup4j.algos.core.LogKeys.TEST_EP_LEN;
import static org.spinup4j.algos.core.LogKeys.TEST_EP_RET;

import org.spinup4j.utils.logx.EpochLogger;

/**
 * The progress.txt columns of DDPG, TD3 and SAC, in one place. Each algorithm stores values under
 * the keys of {@link LogKeys} during the epoch and calls {@link #logEpoch} at its end, so a key
 * stored and a key logged cannot differ by a typo. The columns are Spinning Up's, in its order:
 *
 * <pre>
 * Epoch, {Average,Std,Max,Min}EpRet, {Average,Std,Max,Min}TestEpRet, EpLen, TestEpLen,
 * TotalEnvInteracts, {Average,Std,Max,Min} of each diagnostic, LossPi, LossQ, Time
 * </pre>
 *
 * where the diagnostics are QVals (DDPG); Q1Vals, Q2Vals (TD3); Q1Vals, Q2Vals, LogPi (SAC).
 */
public final class OffPolicyLog {

  private OffPolicyLog() {}

  /**
   * Logs one epoch's row and writes it out.
   *
   * @param epoch 1-based, as the reference's off-policy algorithms count
   * @param totalEnvInteracts environment steps taken so far (the reference logs the 0-based index
   *     of the last step, one less)
   * @param startNanos {@link System#nanoTime()} at the start of training
   * @param diagnostics the algorithm's diagnostic keys, each logged with min and max
   */
  public static void logEpoch(EpochLogger logger, int epoch, long totalEnvInteracts,
      long startNanos, String... diagnostics) {
    logger.logTabular("Epoch", epoch);
    logger.logTabular(EP_RET, true, false);
    logger.logTabular(TEST_EP_RET, true, false);
    logger.logTabular(EP_LEN, false, true);
    logger.logTabular(TEST_EP_LEN, false, true);
    logger.logTabular("TotalEnvInteracts", totalEnvInteracts);
    for (String key : diagnostics) {
      logger.logTabular(key, true, false);
    }
    logger.logTabular(LOSS_PI, false, true);
    logger.logTabular(LOSS_Q, false, true);
    logger.logTabular("Time", (System.nanoTime() - startNanos) / 1e9);
    logger.dumpTabular();
  }

  /** Widens {@code values} for {@link EpochLogger#store}. */
  public static double[] doubles(float[] values) {
    double[] d = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      d[i] = values[i];
    }
    return d;
  }
}
