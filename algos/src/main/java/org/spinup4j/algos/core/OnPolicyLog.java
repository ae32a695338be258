package org.spinup4j.algos.core;

import static org.spinup4j.algos.core.LogKeys.DELTA_LOSS_PI;
import static org.spinup4j.algos.core.LogKeys.DELTA_LOSS_V;
import static org.spinup4j.algos.core.LogKeys.ENTROPY;
import static org.spinup4j.algos.core.LogKeys.EP_LEN;
import static org.spinup4j.algos.core.LogKeys.EP_RET;
import static org.spinup4j.algos.core.LogKeys.KL;
import static org.spinup4j.algos.core.LogKeys.LOSS_PI;
import static org.spinup4j.algos.core.LogKeys.LOSS_V;
import static org.spinup4j.algos.core.LogKeys.V_VALS;

import org.spinup4j.utils.logx.EpochLogger;

/**
 * The epoch row of the on-policy algorithms, in Spinning Up's column order, written once so that
 * VPG and PPO cannot drift apart. The values themselves are stored by each algorithm during the
 * epoch: EpRet and EpLen by {@link Episode}, VVals while acting, the losses and diagnostics in its
 * update.
 */
public final class OnPolicyLog {
  private OnPolicyLog() {}

  /**
   * Logs and dumps one epoch: Epoch, EpRet (average, std, max, min), EpLen, VVals (average, std,
   * max, min), TotalEnvInteracts, LossPi, LossV, DeltaLossPi, DeltaLossV, Entropy, KL, then each of
   * {@code extra} (averages, e.g. PPO's ClipFrac and StopIter), then Time.
   *
   * @param epoch the epoch, counted from 0 as in the reference
   * @param totalEnvInteracts environment steps taken so far
   * @param startNanos {@link System#nanoTime()} when training began
   */
  public static void dumpEpoch(EpochLogger logger, int epoch, long totalEnvInteracts,
      long startNanos, String... extra) {
    logger.logTabular("Epoch", epoch);
    logger.logTabular(EP_RET, true, false);
    logger.logTabular(EP_LEN, false, true);
    logger.logTabular(V_VALS, true, false);
    logger.logTabular("TotalEnvInteracts", totalEnvInteracts);
    logger.logTabular(LOSS_PI, false, true);
    logger.logTabular(LOSS_V, false, true);
    logger.logTabular(DELTA_LOSS_PI, false, true);
    logger.logTabular(DELTA_LOSS_V, false, true);
    logger.logTabular(ENTROPY, false, true);
    logger.logTabular(KL, false, true);
    for (String key : extra) {
      logger.logTabular(key, false, true);
    }
    logger.logTabular("Time", (System.nanoTime() - startNanos) / 1e9);
    logger.dumpTabular();
  }
}
