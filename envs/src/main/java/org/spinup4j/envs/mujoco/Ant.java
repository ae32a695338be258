package org.spinup4j.envs.mujoco;

import java.util.Map;
import org.spinup4j.envs.StepResult;

/**
 * Ant-v4: a four-legged ant on a free-floating torso (15 positions, 14 velocities, 8 motors)
 * rewarded for walking along +x without falling over.
 *
 * <p>Observation (27): qpos[2:] (torso height, orientation quaternion w x y z, eight joint angles)
 * then all 14 velocities. Reward: x velocity of the torso + 1 - 0.5 sum(a^2), the 1 paid on every
 * step as in v4. Healthy while every position and velocity is finite and the torso height lies in
 * [0.2, 1.0]; the episode terminates when it is not. Reset: qpos0 + U(-0.1, 0.1) on all 15
 * positions (the quaternion is left unnormalised, as in Gymnasium), velocities 0.1 N(0, 1). The
 * action order is hip_4, ankle_4, hip_1, ankle_1, hip_2, ankle_2, hip_3, ankle_3.
 *
 * <p>{@code new Ant(true)} is v4's {@code use_contact_forces=True}: the observation gains the
 * external forces on all 14 bodies clipped to [-1, 1] (111 in all), and the reward pays 5e-4 times
 * their sum of squares. There v4 overwrote info's reward_ctrl with the contact cost; here
 * reward_ctrl stays the control cost and reward_contact reports the other.
 */
public final class Ant extends LocomotionEnv {
  static final double CTRL_COST_WEIGHT = 0.5;
  static final double CONTACT_COST_WEIGHT = 5e-4;
  static final double HEALTHY_REWARD = 1.0;
  static final double MIN_HEALTHY_Z = 0.2;
  static final double MAX_HEALTHY_Z = 1.0;
  static final double CONTACT_FORCE_LIMIT = 1.0;
  static final double RESET_NOISE_SCALE = 0.1;
  /** The torso's body id: body 0 is the world. */
  private static final int TORSO = 1;

  private final boolean useContactForces;

  /** Ant-v4 with its defaults (no contact forces). */
  public Ant() {
    this(false);
  }

  public Ant(boolean useContactForces) {
    super("Ant-v4", "ant.xml", 5, useContactForces ? 111 : 27, LocomotionView.Camera.ANGLED);
    this.useContactForces = useContactForces;
  }

  @Override
  protected boolean readsContactForces() {
    return useContactForces;
  }

  @Override
  protected void resetModel() {
    uniformPositionNormalVelocityNoise(RESET_NOISE_SCALE);
  }

  /** Whether the state is finite and the torso at a healthy height. */
  public boolean isHealthy() {
    requireOpen();
    for (int i = 0; i < model.nq; i++) {
      if (!Double.isFinite(data.qpos.get(i))) {
        return false;
      }
    }
    for (int i = 0; i < model.nv; i++) {
      if (!Double.isFinite(data.qvel.get(i))) {
        return false;
      }
    }
    double z = data.qpos.get(2);
    return z >= MIN_HEALTHY_Z && z <= MAX_HEALTHY_Z;
  }

  /** 5e-4 times the sum of squares of the clipped external forces. */
  double contactCost() {
    double sum = 0;
    for (int i = 0; i < data.cfrcExt.capacity(); i++) {
      double f = Math.max(-CONTACT_FORCE_LIMIT, Math.min(CONTACT_FORCE_LIMIT, data.cfrcExt.get(i)));
      sum += f * f;
    }
    return CONTACT_COST_WEIGHT * sum;
  }

  @Override
  protected StepResult advance(float[] action) {
    // The torso's frame position, as Gymnasium reads it (body xpos, not the free joint's qpos).
    double xBefore = data.xpos.get(3 * TORSO);
    double yBefore = data.xpos.get(3 * TORSO + 1);
    simulate(action);
    double xAfter = data.xpos.get(3 * TORSO);
    double yAfter = data.xpos.get(3 * TORSO + 1);
    double xVelocity = (xAfter - xBefore) / dt;
    double yVelocity = (yAfter - yBefore) / dt;
    double ctrlCost = controlCost(CTRL_COST_WEIGHT, action);
    double contactCost = useContactForces ? contactCost() : 0;
    double reward = xVelocity + HEALTHY_REWARD - ctrlCost - contactCost;
    Map<String, Double> info = info("reward_forward", xVelocity, "reward_ctrl", -ctrlCost,
        "reward_survive", HEALTHY_REWARD, "x_position", xAfter, "y_position", yAfter,
        "distance_from_origin", Math.hypot(xAfter, yAfter), "x_velocity", xVelocity,
        "y_velocity", yVelocity, "forward_reward", xVelocity);
    if (useContactForces) {
      info.put("reward_contact", -contactCost);
    }
    return new StepResult(observation(), reward, !isHealthy(), false, info);
  }

  @Override
  protected void observe(float[] obs) {
    int at = put(obs, 0, data.qpos, 2);
    at = put(obs, at, data.qvel, 0);
    if (useContactForces) {
      putClipped(obs, at, data.cfrcExt, 0, CONTACT_FORCE_LIMIT);
    }
  }
}
