package org.spinup4j.algos.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Random;
import org.spinup4j.utils.logx.DivergedException;

/** Creating, copying, saving and loading trainable tensors. */
public final class Parameters {
  private Parameters() {}

  /** A trainable tensor of {@code shape}, uniform in {@code [-bound, bound)} from {@code rng}. */
  public static NDArray uniform(NDManager manager, Shape shape, double bound, Random rng) {
    float[] values = new float[Math.toIntExact(shape.size())];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) ((rng.nextDouble() * 2 - 1) * bound);
    }
    return trainable(manager.create(values, shape));
  }

  /** A trainable tensor filled with {@code value}. */
  public static NDArray constant(NDManager manager, Shape shape, float value) {
    return trainable(manager.full(shape, value));
  }

  private static NDArray trainable(NDArray array) {
    array.setRequiresGradient(true);
    return array;
  }

  /** Copies values {@code from -> to}, tensor by tensor (shapes must match). No graph is recorded. */
  public static void copy(List<NDArray> from, List<NDArray> to) {
    check(from, to);
    for (int i = 0; i < from.size(); i++) {
      // An indexed copy: set(float[]) makes libtorch print a deprecation warning.
      to.get(i).set(new NDIndex("..."), from.get(i));
    }
  }

  /**
   * Refuses weights that are NaN or infinite: training has diverged, and acting on them or saving
   * them over the last good model would hide it.
   *
   * @throws DivergedException naming what was found (the caller's caller adds the epoch)
   */
  public static void requireFinite(float[] values) {
    for (float x : values) {
      if (!Float.isFinite(x)) {
        throw new DivergedException("a network's weights hold NaN or infinity");
      }
    }
  }

  /** Number of scalars in {@code params}. */
  public static long count(List<NDArray> params) {
    long n = 0;
    for (NDArray p : params) {
      n += p.size();
    }
    return n;
  }

  /** Writes {@code params} (values only) to {@code out}. */
  public static void save(List<NDArray> params, OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(params.size());
    for (NDArray p : params) {
      float[] v = p.toFloatArray();
      data.writeInt(v.length);
      for (float x : v) {
        data.writeFloat(x);
      }
    }
    data.flush();
  }

  /**
   * Reads values written by {@link #save} into {@code params} (shapes must match). The whole file
   * is read and checked before any tensor changes, so a bad file leaves {@code params} as they
   * were.
   */
  public static void load(List<NDArray> params, InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    int n = data.readInt();
    if (n != params.size()) {
      throw new IOException("saved model has " + n + " tensors, network has " + params.size());
    }
    float[][] values = new float[n][];
    for (int j = 0; j < n; j++) {
      NDArray p = params.get(j);
      int len = data.readInt();
      if (len != p.size()) {
        throw new IOException(
            "saved tensor has " + len + " values, network expects " + p.size() + " " + p.getShape());
      }
      values[j] = new float[len];
      for (int i = 0; i < len; i++) {
        values[j][i] = data.readFloat();
      }
    }
    // The format has no length of its own: the last tensor must end the file.
    if (data.read() != -1) {
      throw new IOException("unexpected bytes after the last of its " + n + " tensors");
    }
    for (int j = 0; j < n; j++) {
      NDArray p = params.get(j);
      // An indexed copy, not set(float[]): that one makes libtorch print a deprecation warning.
      try (NDArray v = p.getManager().create(values[j], p.getShape())) {
        p.set(new NDIndex("..."), v);
      }
    }
  }

  private static void check(List<NDArray> a, List<NDArray> b) {
    if (a.size() != b.size()) {
      throw new IllegalArgumentException("parameter lists differ: " + a.size() + " vs " + b.size());
    }
  }
}
