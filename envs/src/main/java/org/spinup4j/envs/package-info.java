/**
 * Reinforcement-learning environments in Gymnasium's spirit, in plain Java (no tensors).
 *
 * <p>An {@link org.spinup4j.envs.Env} is reset with a seed and stepped with actions encoded as
 * floats; each {@link org.spinup4j.envs.StepResult} keeps termination (the task ended: its value
 * is zero) apart from truncation (a {@link org.spinup4j.envs.TimeLimit} cut the episode: bootstrap
 * its value). {@link org.spinup4j.envs.Envs} builds a task by its Gymnasium name, such as {@code
 * "CartPole-v1"}, with the time limit Gymnasium registers for it.
 */
package org.spinup4j.envs;
