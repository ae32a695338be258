package org.spinup4j.envs.mujoco;

import org.spinup4j.envs.StepResult;

/**
 * Walker2d-v4: a planar two-legged walker (9 positions, 6 motors) rewarded for walking forward
 * without falling.
 *
 * <p>Observation (17): qpos[1:] (torso height and angle, then thigh, leg and foot of the right and
 * the left leg) then the nine velocities clipped to [-10, 10]. Reward: forward velocity + 1 -
 * 0.001 sum(a^2), the 1 paid on every step as in v4. Healthy while the height lies in (0.8, 2.0)
 * and the torso angle in (-1, 1); the episode terminates when it is not. Reset: qpos0 and zero
 * velocities, each + U(-0.005, 0.005). Info: x_position, x_velocity.
 */
public final class Walker2d extends LocomotionEnv {
  static final double FORWARD_REWARD_WEIGHT = 1.0;
  static final double CTRL_COST_WEIGHT = 1e-3;
  static final double HEALTHY_REWARD = 1.0;
  static final double MIN_HEALTHY_Z = 0.8;
  static final double MAX_HEALTHY_Z = 2.0;
  static final double HEALTHY_ANGLE_LIMIT = 1.0;
  static final double RESET_NOISE_SCALE = 5e-3;
  static final double VELOCITY_CLIP = 10.0;

  public Walker2d() {
    super("Walker2d-v4", "walker2d.xml", 4, 17, LocomotionView.Camera.SIDE);
  }

  @Override
  protected void resetModel() {
    uniformNoise(RESET_NOISE_SCALE);
  }

  /** Whether the walker's torso is at a healthy height and angle. */
  public boolean isHealthy() {
    requireOpen();
    double z = data.qpos.get(1);
    double angle = data.qpos.get(2);
    return z > MIN_HEALTHY_Z && z < MAX_HEALTHY_Z && Math.abs(angle) < HEALTHY_ANGLE_LIMIT;
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
