/**
 * Gymnasium's five classic-control tasks with their published dynamics: {@link
 * org.spinup4j.envs.classic.CartPole}, {@link org.spinup4j.envs.classic.Acrobot}, {@link
 * org.spinup4j.envs.classic.MountainCar}, {@link org.spinup4j.envs.classic.MountainCarContinuous}
 * and {@link org.spinup4j.envs.classic.Pendulum}.
 *
 * <p>Each keeps its physical state in doubles, as Gymnasium does in float64, and hands out float
 * observations. Each owns a {@link java.util.Random} that {@code reset(seed)} re-seeds and that
 * its action space samples from. {@code setState(...)} puts a task in a chosen state, which is how
 * the tests pin one step of the equations and how pictures of particular poses are made.
 */
package org.spinup4j.envs.classic;
