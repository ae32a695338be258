/**
 * Soft Actor-Critic: {@link org.spinup4j.algos.sac.Sac} learns a squashed Gaussian policy that
 * maximises return plus entropy, with two Q functions, and reads as the pseudocode of
 * docs/algorithms/sac.md; {@link org.spinup4j.algos.sac.SacConfig} holds its hyperparameters,
 * including the entropy coefficient, fixed (Spinning Up) or learned ({@code --alpha auto}).
 */
package org.spinup4j.algos.sac;
