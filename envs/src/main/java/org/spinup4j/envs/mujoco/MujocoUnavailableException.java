package org.spinup4j.envs.mujoco;

/**
 * The MuJoCo library cannot be used: it is not installed, or it is not version 2.2.2. The message
 * is one line that says what was found and how to install the right one.
 */
public final class MujocoUnavailableException extends IllegalStateException {
  MujocoUnavailableException(String message) {
    super(message);
  }
}
