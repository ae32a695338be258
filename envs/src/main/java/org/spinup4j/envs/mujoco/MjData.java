package org.spinup4j.envs.mujoco;

import static org.spinup4j.envs.mujoco.MjLayout.*;

import com.sun.jna.Pointer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;

/**
 * The simulation state of one {@link MjModel} ({@code mjData}): positions, velocities, controls
 * and everything MuJoCo computes from them. It owns native memory; {@link #close()} frees it.
 *
 * <p>The arrays the tasks read on every step are views straight onto MuJoCo's memory (no copy):
 * they stay valid because MuJoCo allocates them once, in {@code mj_makeData}. They are kept inside
 * this package: the public methods check that the data is open, and so do the tasks before they
 * read a view.
 */
public final class MjData implements AutoCloseable {
  private final MjModel model;
  private long address;

  final DoubleBuffer qpos;
  final DoubleBuffer qvel;
  final DoubleBuffer ctrl;
  final DoubleBuffer xpos;
  final DoubleBuffer xmat;
  final DoubleBuffer geomXpos;
  final DoubleBuffer geomXmat;
  final DoubleBuffer cfrcExt;

  public MjData(MjModel model) {
    this.model = model;
    this.address = MjLib.mj_makeData(model.address());
    // MuJoCo 2.2.2 ends the process itself when it runs out of memory here; a null is a build
    // with an error handler of its own.
    if (address == 0) {
      throw new IllegalStateException("MuJoCo could not allocate data for " + model.name());
    }
    qpos = view(D_QPOS, model.nq);
    qvel = view(D_QVEL, model.nv);
    ctrl = view(D_CTRL, model.nu);
    xpos = view(D_XPOS, model.nbody * 3);
    xmat = view(D_XMAT, model.nbody * 9);
    geomXpos = view(D_GEOM_XPOS, model.ngeom * 3);
    geomXmat = view(D_GEOM_XMAT, model.ngeom * 9);
    cfrcExt = view(D_CFRC_EXT, model.nbody * 6);
  }

  private DoubleBuffer view(long field, int n) {
    Pointer array = new Pointer(address).getPointer(field);
    return array.getByteBuffer(0, 8L * n).order(ByteOrder.nativeOrder()).asDoubleBuffer();
  }

  public MjModel model() {
    return model;
  }

  private long address() {
    if (address == 0) {
      throw new IllegalStateException("the MuJoCo data of " + model.name() + " is closed");
    }
    return address;
  }

  /** Simulated seconds since the last reset. */
  public double time() {
    return new Pointer(address()).getDouble(D_TIME);
  }

  /** One time step ({@code mj_step}). */
  public void step() {
    MjLib.mj_step(model.address(), address());
  }

  /** Recomputes everything that follows from the state, without advancing time. */
  public void forward() {
    MjLib.mj_forward(model.address(), address());
  }

  /** Back to the model's initial state: qpos0, zero velocities and controls, time 0. */
  public void reset() {
    MjLib.mj_resetData(model.address(), address());
  }

  /** Fills the external contact forces on each body (cfrc_ext) after a step. */
  public void rnePostConstraint() {
    MjLib.mj_rnePostConstraint(model.address(), address());
  }

  public double[] qpos() {
    return copy(qpos);
  }

  public double[] qvel() {
    return copy(qvel);
  }

  public double[] ctrl() {
    return copy(ctrl);
  }

  /** nbody x 3: the world position of each body's frame. */
  public double[] xpos() {
    return copy(xpos);
  }

  /** ngeom x 3: the world position of each geom. */
  double[] geomXpos() {
    return copy(geomXpos);
  }

  /** ngeom x 9: the orientation of each geom, a row-major rotation matrix. */
  double[] geomXmat() {
    return copy(geomXmat);
  }

  /** nbody x 6: external (contact) force and torque on each body, as MuJoCo orders them. */
  public double[] cfrcExt() {
    return copy(cfrcExt);
  }

  /** Sets the positions and velocities (the caller then calls {@link #forward()}). */
  public void setState(double[] positions, double[] velocities) {
    address();
    qpos.put(0, positions);
    qvel.put(0, velocities);
  }

  /** Sets the controls held during the next steps. */
  public void setControl(double[] controls) {
    address();
    ctrl.put(0, controls);
  }

  private double[] copy(DoubleBuffer view) {
    address();
    double[] out = new double[view.capacity()];
    view.get(0, out);
    return out;
  }

  /** Frees the native data; later calls on it fail. Closing twice is harmless. */
  @Override
  public void close() {
    if (address != 0) {
      MjLib.mj_deleteData(address);
      address = 0;
    }
  }
}
