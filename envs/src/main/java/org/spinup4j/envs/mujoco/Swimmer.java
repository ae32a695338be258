package org.spinup4j.envs.mujoco;

import org.spinup4j.envs.StepResult;

/**
 * Swimmer-v4: a three-segment swimmer in a viscous fluid (5 positions, 2 motors) rewarded for
 * swimming along +x.
 *
 * <p>Observation (8): qpos[2:] (body rotation, two joint angles) then all five velocities; the
 * x and y position are left out. Reward: forward velocity - 0.0001 sum(a^2). It never terminates;
 * its 1000-step time limit ends every episode. Reset: qpos0 and zero velocities, each + U(-0.1,
 * 0.1). Info: reward_fwd, reward_ctrl, x_position, y_position, distance_from_origin, x_velocity,
 * y_velocity, forward_reward.
 */
public final class Swimmer extends LocomotionEnv {
  static final double FORWARD_REWARD_WEIGHT = 1.0;
  static final double CTRL_COST_WEIGHT = 1e-4;
  static final double RESET_NOISE_SCALE = 0.1;

  public Swimmer() {
    super("Swimmer-v4", "swimmer.xml", 4, 8, LocomotionView.Camera.TOP);
  }

  @Override
  protected void resetModel() {
    uniformNoise(RESET_NOISE_SCALE);
  }

  @Override
  protected StepResult advance(float[] action) {
    double xBefore = data.qpos.get(0);
    double yBefore = data.qpos.get(1);
    simulate(action);
    double xAfter = data.qpos.get(0);
    double yAfter = data.qpos.get(1);
    double xVelocity = (xAfter - xBefore) / dt;
    double yVelocity = (yAfter - yBefore) / dt;
    double forwardReward = FORWARD_REWARD_WEIGHT * xVelocity;
    double ctrlCost = controlCost(CTRL_COST_WEIGHT, action);
    return new StepResult(observation(), forwardReward - ctrlCost, false, false,
        info("reward_fwd", forwardReward, "reward_ctrl", -ctrlCost, "x_position", xAfter,
            "y_position", yAfter, "distance_from_origin", Math.hypot(xAfter, yAfter),
            "x_velocity", xVelocity, "y_velocity", yVelocity, "forward_reward", forwardReward));
  }

  @Override
  protected void observe(float[] obs) {
    int at = put(obs, 0, data.qpos, 2);
    put(obs, at, data.qvel, 0);
  }
}
