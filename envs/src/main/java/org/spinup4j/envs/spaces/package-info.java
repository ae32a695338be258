/**
 * The sets observations and actions live in: a {@link org.spinup4j.envs.spaces.Box} of reals or
 * a {@link org.spinup4j.envs.spaces.Discrete} set of integers, both encoded as float arrays. A
 * space samples from the generator its environment shares with it, so one seed reproduces an
 * episode of random actions.
 */
package org.spinup4j.envs.spaces;
