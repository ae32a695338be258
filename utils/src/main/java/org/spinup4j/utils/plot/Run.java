package org.spinup4j.utils.plot;

/**
 * One run to plot: its table, the experiment it belongs to, and its own label for {@code
 * --count}.
 *
 * @param condition the experiment: the legend label, else config.json's exp_name, else the name
 *     of its directory
 * @param runLabel the condition plus a number unique to this run, e.g. {@code ppo-3}
 * @param progress the run's progress.txt
 */
public record Run(String condition, String runLabel, ProgressFile progress) {}
