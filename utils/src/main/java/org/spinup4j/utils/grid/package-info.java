/**
 * Running many experiments from one description, as Spinning Up's {@code run_utils} and {@code
 * spinup.run}: an {@link org.spinup4j.utils.grid.ExperimentGrid} holds each hyperparameter's
 * candidate values, expands their cross product into variants, names each variant after the
 * values that change ({@code ppo_ant_cli0-1_h32-32}) and hands each one to a {@link
 * org.spinup4j.utils.grid.Launcher}; {@link org.spinup4j.utils.grid.GridArgs} reads the command-line
 * grammar ({@code --clip_ratio 0.1 0.2 --hid[h] [32,32] [64,32] --seed 0 10}) into such a grid,
 * with {@link org.spinup4j.utils.grid.Literals} turning each token into a number, boolean, list or
 * string. This package knows nothing of the algorithms: the launcher, supplied by the caller, does.
 */
package org.spinup4j.utils.grid;
