package org.spinup4j.envs.mujoco;

import static org.spinup4j.envs.mujoco.MjLayout.*;

import com.sun.jna.Pointer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A compiled MuJoCo model ({@code mjModel}): the bodies, joints, geoms and actuators of a task and
 * its physics options. It owns native memory; {@link #close()} frees it, and every task closes its
 * model when it is closed.
 */
public final class MjModel implements AutoCloseable {
  /** MuJoCo's object types for {@link #id}: the values of {@code mjtObj} in 2.2.2. */
  public enum ObjType {
    BODY(1), JOINT(3), GEOM(5), ACTUATOR(18);

    final int code;

    ObjType(int code) {
      this.code = code;
    }
  }

  /** Geom shapes ({@code mjtGeom}) that the tasks use. */
  public static final int GEOM_PLANE = 0;
  public static final int GEOM_SPHERE = 2;
  public static final int GEOM_CAPSULE = 3;

  private final String name;
  private long address;

  /** Sizes: generalised coordinates, degrees of freedom, actuators, bodies, joints, geoms. */
  public final int nq, nv, nu, nbody, njnt, ngeom;

  private MjModel(String name, long address) {
    this.name = name;
    this.address = address;
    Pointer m = new Pointer(address);
    nq = m.getInt(M_NQ);
    nv = m.getInt(M_NV);
    nu = m.getInt(M_NU);
    nbody = m.getInt(M_NBODY);
    njnt = m.getInt(M_NJNT);
    ngeom = m.getInt(M_NGEOM);
  }

  /**
   * Compiles the MJCF file {@code resource}, a file name beside this class (e.g. {@code
   * "hopper.xml"}).
   *
   * @throws MujocoUnavailableException when the library is missing or of the wrong version
   */
  public static MjModel load(String resource) {
    MjLib.require();
    // MuJoCo 2.2.2 compiles from a file path, so the model inside the jar is copied out first.
    Path file = null;
    try (InputStream in = MjModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no MuJoCo model named " + resource);
      }
      file = Files.createTempFile("spinup4j-", "-" + resource);
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      byte[] error = new byte[1000];
      long m = MjLib.mj_loadXML(file.toString(), 0, error, error.length);
      if (m == 0) {
        throw new IllegalStateException("MuJoCo could not compile " + resource + ": "
            + new String(error, StandardCharsets.US_ASCII).trim().replace('\0', ' ').trim());
      }
      return new MjModel(resource, m);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the model " + resource + " to a temporary file", e);
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          // a leftover temporary file is harmless
        }
      }
    }
  }

  /** The file this model was compiled from. */
  public String name() {
    return name;
  }

  long address() {
    if (address == 0) {
      throw new IllegalStateException("the MuJoCo model " + name + " is closed");
    }
    return address;
  }

  /** Simulation time step in seconds ({@code opt.timestep}). */
  public double timestep() {
    return ptr().getDouble(M_OPT_TIMESTEP);
  }

  /** The integrator ({@code opt.integrator}): 0 Euler, 1 RK4. */
  public int integrator() {
    return ptr().getInt(M_OPT_INTEGRATOR);
  }

  /** The id of a named object, or -1 when the model has none of that name. */
  public int id(ObjType type, String objName) {
    return MjLib.mj_name2id(address(), type.code, objName);
  }

  /** Total mass, as MuJoCo sums it. */
  public double totalMass() {
    return MjLib.mj_getTotalmass(address());
  }

  public double[] qpos0() {
    return doubles(M_QPOS0, nq);
  }

  public int[] bodyParentId() {
    return ints(M_BODY_PARENTID, nbody);
  }

  public double[] bodyMass() {
    return doubles(M_BODY_MASS, nbody);
  }

  /** nbody x 3, row-major. */
  public double[] bodyPos() {
    return doubles(M_BODY_POS, nbody * 3);
  }

  /** 0 free, 1 ball, 2 slide, 3 hinge. */
  public int[] jointType() {
    return ints(M_JNT_TYPE, njnt);
  }

  public int[] jointQposAddress() {
    return ints(M_JNT_QPOSADR, njnt);
  }

  public int[] jointBodyId() {
    return ints(M_JNT_BODYID, njnt);
  }

  public boolean[] jointLimited() {
    byte[] b = array(M_JNT_LIMITED).getByteArray(0, njnt);
    boolean[] limited = new boolean[njnt];
    for (int i = 0; i < njnt; i++) {
      limited[i] = b[i] != 0;
    }
    return limited;
  }

  public double[] jointStiffness() {
    return doubles(M_JNT_STIFFNESS, njnt);
  }

  /** njnt x 2: lower and upper limit of each joint. */
  public double[] jointRange() {
    return doubles(M_JNT_RANGE, njnt * 2);
  }

  public double[] dofArmature() {
    return doubles(M_DOF_ARMATURE, nv);
  }

  public double[] dofDamping() {
    return doubles(M_DOF_DAMPING, nv);
  }

  public int[] geomType() {
    return ints(M_GEOM_TYPE, ngeom);
  }

  public int[] geomContype() {
    return ints(M_GEOM_CONTYPE, ngeom);
  }

  public int[] geomConaffinity() {
    return ints(M_GEOM_CONAFFINITY, ngeom);
  }

  public int[] geomBodyId() {
    return ints(M_GEOM_BODYID, ngeom);
  }

  /** ngeom x 3; for a capsule: radius, half-length, unused; for a sphere: radius. */
  public double[] geomSize() {
    return doubles(M_GEOM_SIZE, ngeom * 3);
  }

  /** ngeom x 3: sliding, torsional, rolling. */
  public double[] geomFriction() {
    return doubles(M_GEOM_FRICTION, ngeom * 3);
  }

  /** ngeom x 4: red, green, blue, alpha in [0, 1]. */
  public float[] geomRgba() {
    return array(M_GEOM_RGBA).getFloatArray(0, ngeom * 4);
  }

  /** nu x 2: the joint each actuator drives is {@code [2 i]}. */
  public int[] actuatorTarget() {
    return ints(M_ACTUATOR_TRNID, nu * 2);
  }

  public boolean[] actuatorCtrlLimited() {
    byte[] b = array(M_ACTUATOR_CTRLLIMITED).getByteArray(0, nu);
    boolean[] limited = new boolean[nu];
    for (int i = 0; i < nu; i++) {
      limited[i] = b[i] != 0;
    }
    return limited;
  }

  /** nu x 2: lower and upper control of each actuator. */
  public double[] actuatorCtrlRange() {
    return doubles(M_ACTUATOR_CTRLRANGE, nu * 2);
  }

  /** nu x 6: the gear of each actuator (the first entry scales a motor's force). */
  public double[] actuatorGear() {
    return doubles(M_ACTUATOR_GEAR, nu * 6);
  }

  /** MuJoCo's own text dump of every field (for checking what we read). */
  public void print(Path file) {
    MjLib.mj_printModel(address(), file.toString());
  }

  private Pointer ptr() {
    return new Pointer(address());
  }

  private Pointer array(long field) {
    return ptr().getPointer(field);
  }

  private double[] doubles(long field, int n) {
    return array(field).getDoubleArray(0, n);
  }

  private int[] ints(long field, int n) {
    return array(field).getIntArray(0, n);
  }

  /** Frees the native model; later calls on it fail. Closing twice is harmless. */
  @Override
  public void close() {
    if (address != 0) {
      MjLib.mj_deleteModel(address);
      address = 0;
    }
  }
}
