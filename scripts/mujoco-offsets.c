/* Prints the byte offsets of the mjModel and mjData fields that spinup4j reads (MjLayout.java),
 * from the headers of the installed MuJoCo. For MuJoCo 2.2.2 (apt-get install libmujoco-dev):
 *   gcc -o /tmp/mujoco-offsets scripts/mujoco-offsets.c && /tmp/mujoco-offsets
 */
#include <stddef.h>
#include <stdio.h>
#include <mujoco/mujoco.h>

#define M(name, field) printf("  static final long M_%s = %zu;\n", name, offsetof(mjModel, field))
#define D(name, field) printf("  static final long D_%s = %zu;\n", name, offsetof(mjData, field))

int main(void) {
  printf("// mjVERSION_HEADER %d\n", mjVERSION_HEADER);
  M("NQ", nq); M("NV", nv); M("NU", nu); M("NA", na);
  M("NBODY", nbody); M("NJNT", njnt); M("NGEOM", ngeom);
  printf("  static final long M_OPT_TIMESTEP = %zu;\n", offsetof(mjModel, opt) + offsetof(mjOption, timestep));
  printf("  static final long M_OPT_INTEGRATOR = %zu;\n", offsetof(mjModel, opt) + offsetof(mjOption, integrator));
  M("QPOS0", qpos0); M("BODY_PARENTID", body_parentid); M("BODY_POS", body_pos);
  M("BODY_MASS", body_mass); M("JNT_TYPE", jnt_type); M("JNT_QPOSADR", jnt_qposadr);
  M("JNT_BODYID", jnt_bodyid); M("JNT_LIMITED", jnt_limited); M("JNT_STIFFNESS", jnt_stiffness);
  M("JNT_RANGE", jnt_range); M("DOF_ARMATURE", dof_armature); M("DOF_DAMPING", dof_damping);
  M("GEOM_TYPE", geom_type); M("GEOM_CONTYPE", geom_contype);
  M("GEOM_CONAFFINITY", geom_conaffinity); M("GEOM_BODYID", geom_bodyid);
  M("GEOM_SIZE", geom_size); M("GEOM_FRICTION", geom_friction); M("GEOM_RGBA", geom_rgba);
  M("ACTUATOR_TRNID", actuator_trnid); M("ACTUATOR_CTRLLIMITED", actuator_ctrllimited);
  M("ACTUATOR_CTRLRANGE", actuator_ctrlrange); M("ACTUATOR_GEAR", actuator_gear);
  D("TIME", time); D("QPOS", qpos); D("QVEL", qvel); D("CTRL", ctrl); D("XPOS", xpos);
  D("XMAT", xmat); D("GEOM_XPOS", geom_xpos); D("GEOM_XMAT", geom_xmat); D("CFRC_EXT", cfrc_ext);
  return 0;
}
