/**
 * Vanilla Policy Gradient with GAE-lambda advantages: {@link org.spinup4j.algos.vpg.Vpg} reads as
 * the pseudocode of docs/algorithms/vpg.md, and {@link org.spinup4j.algos.vpg.VpgConfig} holds its
 * hyperparameters with Spinning Up's defaults. The actor-critic comes from {@code
 * org.spinup4j.algos.nn}, the trajectory buffer from {@code org.spinup4j.algos.buffers}.
 */
package org.spinup4j.algos.vpg;
