/**
 * Proximal Policy Optimization (PPO-Clip): {@link org.spinup4j.algos.ppo.Ppo} trains, {@link
 * org.spinup4j.algos.ppo.PpoConfig} holds its hyperparameters with Spinning Up's defaults. PPO
 * collects data exactly as VPG does (the same actor-critic from {@code org.spinup4j.algos.nn},
 * buffer from {@code org.spinup4j.algos.buffers}, and loop); what differs is the update: many gradient steps per batch on a
 * clipped surrogate objective, stopped early when the policy drifts too far by approximate KL.
 */
package org.spinup4j.algos.ppo;
