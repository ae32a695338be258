/**
 * Deep Deterministic Policy Gradient: {@link org.spinup4j.algos.ddpg.Ddpg} reads as the
 * pseudocode of docs/algorithms/ddpg.md, and {@link org.spinup4j.algos.ddpg.DdpgConfig} holds its
 * hyperparameters with Spinning Up's defaults. The replay buffer, networks, test episodes and log
 * columns it shares with TD3 and SAC live in {@code org.spinup4j.algos.core}.
 */
package org.spinup4j.algos.ddpg;
