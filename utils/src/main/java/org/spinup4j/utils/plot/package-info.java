/**
 * Learning curves from {@code progress.txt} files, as Spinning Up's {@code plot}: {@link
 * org.spinup4j.utils.plot.LogDirs} finds the runs under the given directories (or name prefixes)
 * and groups them into experiments, {@link org.spinup4j.utils.plot.ProgressFile} reads one run's
 * table, and {@link org.spinup4j.utils.plot.Plot} draws, for each experiment, the estimate over
 * its runs (the mean by default) with a band of one standard deviation either side, using XChart.
 * {@link org.spinup4j.utils.plot.PlotCommand} is the {@code plot} command line. It works headless:
 * figures are written as PNG or SVG files, and a window opens only on request and only where a
 * display exists.
 */
package org.spinup4j.utils.plot;
