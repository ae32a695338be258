package org.spinup4j.envs.mujoco;

import org.spinup4j.envs.StepResult;

/**
 * Hopper-v4: a planar one-legged hopper (6 positions, 3 motors) rewarded for hopping forward
 * without falling.
 *
 * <p>Observation (11): qpos[1:] (torso height and angle, thigh, leg, foot) then the six velocities
 * clipped to [-10, 10]. Reward: forward velocity + 1 - 0.001 sum(a^2); as in v4, the 1 for being
 * healthy is paid on every step, the last one included. Healthy while every entry of qpos[2:] and
 * qvel lies in (-100, 100), the height in (0.7, inf) and the torso angle in (-0.2, 0.2); the
 * episode terminates when it is not. Reset: qpos0 and zero velocities, each + U(-0.005, 0.005).
 * Info: x_position, x_velocity.
 */
public final class Hopper extends LocomotionEnv {
  static final double FORWARD_REWARD_WEIGHT = 1.0;
  static final double CTRL_COST_WEIGHT = 1e-3;
  static final double HEALTHY_REWARD = 1.0;
  static final double HEALTHY_STATE_LIMIT = 100.0;
  static final double MIN_HEALTHY_Z = 0.7;
  static final double HEALTHY_ANGLE_LIMIT = 0.2;
  static final double RESET_NOISE_SCALE = 5e-3;
  static final double VELOCITY_CLIP = 10.0;

  public Hopper() {
    super("Hopper-v4", "hopper.xml", 4, 11, LocomotionView.Camera.SIDE);
  }

  @Override
  protected void resetModel() {
    uniformNoise(RESET_NOISE_SCALE);
  }

  /** Whether the hopper is upright, high enough and not flying apart. */
  public boolean isHealthy() {
    requireOpen();
    for (int i = 2; i < model.nq; i++) {
      if (!(Math.abs(data.qpos.get(i)) < HEALTHY_STATE_LIMIT)) {
        return false;
      }
    }
    for (int i = 0; i < model.nv; i++) {
      if (!(Math.abs(data.qvel.get(i)) < HEALTHY_STATE_LIMIT)) {
        return false;
      }
    }
    double z = data.qpos.get(1);
    double angle = data.qpos.get(2);
    // Gymnasium's 0.7 < z < inf: an infinite height is not healthy either.
    return z > MIN_HEALTHY_Z && z < Double.POSITIVE_INFINITY
        && Math.abs(angle) < HEALTHY_ANGLE_LIMIT;
  }

  @Override
  protected StepResult advance(float[] action) {
    double xBefore = data.qpos.get(0);
    simulate(action);
    double xAfter = data.qpos.get(0);
    double xVelocity = (xAfter - xBefore) / dt;
    double reward = FORWARD_REWARD_WEIGHT * xVelocity + HEALTHY_REWARD
        - controlCost(CTRL_COST_WEIGHT, action);
    return new StepResult(observation(), reward, !isHealthy(), false,
        info("x_position", xAfter, "x_velocity", xVelocity));
  }

  @Override
  protected void observe(float[] obs) {
    int at = put(obs, 0, data.qpos, 1);
    putClipped(obs, at, data.qvel, 0, VELOCITY_CLIP);
  }
}
