/**
 * Deep Deterministic Policy Gradient: {@link org.spinup4j.algos.ddpg.Ddpg} reads as the
 * pseudocode of docs/algorithms/ddpg.md, and {@link org.spinup4j.algos.ddpg.DdpgConfig} holds its
 * hyperparameters with Spinning Up's defaults. What it shares with TD3 and SAC lives in the core
 * packages: the networks in {@code org.spinup4j.algos.nn}, the replay buffer in {@code
 * org.spinup4j.algos.buffers}, the test episodes and log columns in {@code
 * org.spinup4j.algos.core}.
 */
package org.spinup4j.algos.ddpg;
