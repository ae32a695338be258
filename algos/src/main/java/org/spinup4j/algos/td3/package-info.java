/**
 * Twin Delayed DDPG: {@link org.spinup4j.algos.td3.Td3} is DDPG with clipped double-Q learning,
 * target policy smoothing and delayed policy updates, and reads as the pseudocode of
 * docs/algorithms/td3.md; {@link org.spinup4j.algos.td3.Td3Config} holds its hyperparameters.
 * Compare it line by line with {@code Ddpg}: the differences are the three tricks.
 */
package org.spinup4j.algos.td3;
