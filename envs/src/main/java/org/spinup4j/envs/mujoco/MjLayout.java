package org.spinup4j.envs.mujoco;

/**
 * Byte offsets of the fields we read in MuJoCo 2.2.2's {@code mjModel} and {@code mjData} structs,
 * as {@code offsetof} gives them for the 2.2.2 headers on x86-64 Linux. They are produced by
 * scripts/mujoco-offsets.c; {@code MjModelTest} checks what they read against MuJoCo's own dump of
 * each model. Array fields hold a pointer (8 bytes) to the array.
 */
final class MjLayout {
  private MjLayout() {}

  // mjModel: sizes (int)
  static final long M_NQ = 0;
  static final long M_NV = 4;
  static final long M_NU = 8;
  static final long M_NA = 12;
  static final long M_NBODY = 16;
  static final long M_NJNT = 20;
  static final long M_NGEOM = 24;
  // mjModel.opt
  static final long M_OPT_TIMESTEP = 232; // mjtNum
  static final long M_OPT_INTEGRATOR = 432; // int: 0 Euler, 1 RK4
  // mjModel arrays (pointers)
  static final long M_QPOS0 = 1096; // nq
  static final long M_BODY_PARENTID = 1112; // nbody int
  static final long M_BODY_POS = 1208; // nbody x 3
  static final long M_BODY_MASS = 1240; // nbody
  static final long M_JNT_TYPE = 1280; // njnt int
  static final long M_JNT_QPOSADR = 1288; // njnt int
  static final long M_JNT_BODYID = 1304; // njnt int
  static final long M_JNT_LIMITED = 1320; // njnt byte
  static final long M_JNT_STIFFNESS = 1360; // njnt
  static final long M_JNT_RANGE = 1368; // njnt x 2
  static final long M_DOF_ARMATURE = 1456; // nv
  static final long M_DOF_DAMPING = 1464; // nv
  static final long M_GEOM_TYPE = 1488; // ngeom int
  static final long M_GEOM_CONTYPE = 1496; // ngeom int
  static final long M_GEOM_CONAFFINITY = 1504; // ngeom int
  static final long M_GEOM_BODYID = 1520; // ngeom int
  static final long M_GEOM_SIZE = 1592; // ngeom x 3
  static final long M_GEOM_FRICTION = 1624; // ngeom x 3
  static final long M_GEOM_RGBA = 1664; // ngeom x 4 float
  static final long M_ACTUATOR_TRNID = 2728; // nu x 2 int
  static final long M_ACTUATOR_CTRLLIMITED = 2744; // nu byte
  static final long M_ACTUATOR_CTRLRANGE = 2792; // nu x 2
  static final long M_ACTUATOR_GEAR = 2816; // nu x 6

  // mjData
  static final long D_TIME = 40336; // mjtNum
  static final long D_QPOS = 40376; // nq
  static final long D_QVEL = 40384; // nv
  static final long D_CTRL = 40408; // nu
  static final long D_XPOS = 40480; // nbody x 3
  static final long D_XMAT = 40496; // nbody x 9
  static final long D_GEOM_XPOS = 40536; // ngeom x 3
  static final long D_GEOM_XMAT = 40544; // ngeom x 9
  static final long D_CFRC_EXT = 41168; // nbody x 6
}
