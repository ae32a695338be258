/**
 * The MuJoCo locomotion tasks (HalfCheetah, Hopper, Walker2d, Ant, Swimmer; Gymnasium v4
 * semantics) on the system's MuJoCo 2.2.2 library, called through JNA.
 *
 * <p>{@link org.spinup4j.envs.mujoco.MjModel} and {@link org.spinup4j.envs.mujoco.MjData} own the
 * native model and state; {@link org.spinup4j.envs.mujoco.LocomotionEnv} is what the five tasks
 * share; the models are MJCF files beside the classes, written from the published facts of
 * Gymnasium's models. Without the library every other task still works: these fail on creation
 * with one line that names the library and the command that installs it.
 */
package org.spinup4j.envs.mujoco;
