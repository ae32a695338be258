package org.spinup4j.envs.mujoco;

/**
 * Hopper-v4: a planar one-legged hopper (6 positions, 3 motors) rewarded for hopping forward
 * without falling; reward, observation (11) and reset as every {@link UprightWalker}.
 *
 * <p>Healthy while every entry of qpos[2:] and of the (unclipped) velocities lies in (-100, 100),
 * the height in (0.7, inf) and the torso angle in (-0.2, 0.2).
 */
public final class Hopper extends UprightWalker {
  static final double HEALTHY_STATE_LIMIT = 100.0;
  static final double MIN_HEALTHY_Z = 0.7;
  static final double HEALTHY_ANGLE_LIMIT = 0.2;

  public Hopper() {
    super("Hopper-v4", "hopper.xml", 11);
  }

  @Override
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
}
