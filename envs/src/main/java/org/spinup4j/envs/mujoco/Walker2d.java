package org.spinup4j.envs.mujoco;

/**
 * Walker2d-v4: a planar two-legged walker (9 positions, 6 motors) rewarded for walking forward
 * without falling; reward, observation (17: the right leg's thigh, leg and foot, then the left
 * leg's) and reset as every {@link UprightWalker}.
 *
 * <p>Healthy while the height lies in (0.8, 2.0) and the torso angle in (-1, 1).
 */
public final class Walker2d extends UprightWalker {
  static final double MIN_HEALTHY_Z = 0.8;
  static final double MAX_HEALTHY_Z = 2.0;
  static final double HEALTHY_ANGLE_LIMIT = 1.0;

  public Walker2d() {
    super("Walker2d-v4", "walker2d.xml", 17);
  }

  @Override
  public boolean isHealthy() {
    requireOpen();
    double z = data.qpos.get(1);
    double angle = data.qpos.get(2);
    return z > MIN_HEALTHY_Z && z < MAX_HEALTHY_Z && Math.abs(angle) < HEALTHY_ANGLE_LIMIT;
  }
}
