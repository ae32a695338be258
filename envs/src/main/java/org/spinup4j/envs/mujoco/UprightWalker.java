package org.spinup4j.envs.mujoco;

import org.spinup4j.envs.StepResult;

/**
 * What Hopper and Walker2d share (v4): a planar body that must stay upright while it moves along
 * +x. Observation: qpos[1:] (height, torso angle, joint angles) then every velocity clipped to
 * [-10, 10]. Reward: forward velocity + 1 - 0.001 sum(a^2); as in v4, the 1 for being healthy is
 * paid on every step, the one that falls included. The episode terminates when {@link
 * #isHealthy()} turns false. Reset: qpos0 and zero velocities, each + U(-0.005, 0.005). Info:
 * x_position, x_velocity.
 */
public abstract class UprightWalker extends LocomotionEnv {
  static final double FORWARD_REWARD_WEIGHT = 1.0;
  static final double CTRL_COST_WEIGHT = 1e-3;
  static final double HEALTHY_REWARD = 1.0;
  static final double RESET_NOISE_SCALE = 5e-3;
  static final double VELOCITY_CLIP = 10.0;

  UprightWalker(String id, String modelFile, int observationSize) {
    super(id, modelFile, 4, observationSize, LocomotionView.Camera.SIDE);
  }

  /** Whether the body is upright, high enough and (for the hopper) not flying apart. */
  public abstract boolean isHealthy();

  @Override
  protected void resetModel() {
    uniformNoise(RESET_NOISE_SCALE);
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
