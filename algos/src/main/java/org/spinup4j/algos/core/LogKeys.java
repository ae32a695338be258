package org.spinup4j.algos.core;

/**
 * The names under which the algorithms store values in the {@link
 * org.spinup4j.utils.logx.EpochLogger}: Spinning Up's, so progress.txt has its columns (a value
 * logged with statistics gets Average, Std, Max and Min columns). What each column means:
 * docs/user-guide/experiment-outputs.md.
 */
public final class LogKeys {
  private LogKeys() {}

  // Every algorithm
  public static final String EP_RET = "EpRet";
  public static final String EP_LEN = "EpLen";
  public static final String LOSS_PI = "LossPi";

  // VPG and PPO
  public static final String V_VALS = "VVals";
  public static final String LOSS_V = "LossV";
  public static final String DELTA_LOSS_PI = "DeltaLossPi";
  public static final String DELTA_LOSS_V = "DeltaLossV";
  public static final String ENTROPY = "Entropy";
  public static final String KL = "KL";
  public static final String CLIP_FRAC = "ClipFrac";
  public static final String STOP_ITER = "StopIter";

  // DDPG, TD3 and SAC
  public static final String TEST_EP_RET = "TestEpRet";
  public static final String TEST_EP_LEN = "TestEpLen";
  public static final String Q_VALS = "QVals";
  public static final String Q1_VALS = "Q1Vals";
  public static final String Q2_VALS = "Q2Vals";
  public static final String LOG_PI = "LogPi";
  public static final String LOSS_Q = "LossQ";
}
