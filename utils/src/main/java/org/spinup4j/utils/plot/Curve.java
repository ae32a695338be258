package org.spinup4j.utils.plot;

/**
 * One experiment's curve: at each x, the estimate over its runs and their standard deviation.
 *
 * @param label the legend entry
 * @param x the x values, increasing
 * @param estimate the estimate at each x
 * @param std the population standard deviation over runs at each x (0 for a single run)
 */
public record Curve(String label, double[] x, double[] estimate, double[] std) {}
