package org.spinup4j.envs.mujoco;

import org.spinup4j.envs.StepResult;

/**
 * HalfCheetah-v4: a planar two-legged runner (9 positions, 6 motors) rewarded for speed forward.
 *
 * <p>Observation (17): qpos[1:] (root height and angle, six joint angles) then all nine
 * velocities; the x position is left out. Reward: forward velocity - 0.1 sum(a^2). It never
 * terminates; its 1000-step time limit ends every episode. Reset: qpos0 + U(-0.1, 0.1), velocities
 * 0.1 N(0, 1). Info: x_position, x_velocity, reward_run, reward_ctrl.
 */
public final class HalfCheetah extends LocomotionEnv {
  static final double FORWARD_REWARD_WEIGHT = 1.0;
  static final double CTRL_COST_WEIGHT = 0.1;
  static final double RESET_NOISE_SCALE = 0.1;

  public HalfCheetah() {
    super("HalfCheetah-v4", "half_cheetah.xml", 5, 17, LocomotionView.Camera.SIDE);
  }

  @Override
  protected void resetModel() {
    uniformPositionNormalVelocityNoise(RESET_NOISE_SCALE);
  }

  @Override
  protected StepResult advance(float[] action) {
    double xBefore = data.qpos.get(0);
    simulate(action);
    double xAfter = data.qpos.get(0);
    double xVelocity = (xAfter - xBefore) / dt;
    double forwardReward = FORWARD_REWARD_WEIGHT * xVelocity;
    double ctrlCost = controlCost(CTRL_COST_WEIGHT, action);
    return new StepResult(observation(), forwardReward - ctrlCost, false, false,
        info("x_position", xAfter, "x_velocity", xVelocity, "reward_run", forwardReward,
            "reward_ctrl", -ctrlCost));
  }

  @Override
  protected void observe(float[] obs) {
    int at = put(obs, 0, data.qpos, 1);
    put(obs, at, data.qvel, 0);
  }
}
