/**
 * Experiment logging, as Spinning Up's {@code logx}: a {@link org.spinup4j.utils.logx.Logger}
 * writes one tab-separated row per epoch to {@code progress.txt} (and a framed table to the
 * console), saves the run's hyperparameters to {@code config.json}, and never overwrites an
 * earlier run. An {@link org.spinup4j.utils.logx.EpochLogger} adds the epoch contract of the
 * algorithms: {@code store(key, values...)} during the epoch, {@code logTabular(key, ...)} at its
 * end, which writes the average, standard deviation and optionally the extremes. {@link
 * org.spinup4j.utils.logx.PyFormat} prints numbers exactly as Python's {@code str()} and {@code
 * %g} do, so the files read the same as the reference's; {@link org.spinup4j.utils.logx.RunDirs}
 * names the output directories the same way.
 */
package org.spinup4j.utils.logx;
