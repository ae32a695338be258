package org.spinup4j.algos.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import java.nio.FloatBuffer;

/**
 * A CPU tensor's memory seen from Java, without a copy: reads and writes through the buffer are
 * reads and writes of the tensor. The optimizer copies gradients and weights through it in bulk,
 * and the target-network update makes one pass over its tensors in a Java loop, where the engine
 * would make one pass per operation (docs/benchmarks.md, "Where the time goes").
 *
 * <p>Only for contiguous float32 tensors on the CPU, and only while the tensor is open: the buffer
 * does not keep the memory alive. A GPU tensor has no such view; callers fall back to the engine.
 */
public final class HostView {
  private HostView() {}

  /** Whether {@code array} can be viewed: a float32 tensor in CPU memory. */
  public static boolean available(NDArray array) {
    return array.getDevice().getDeviceType().equals(ai.djl.Device.Type.CPU)
        && array.getDataType() == DataType.FLOAT32;
  }

  /** The tensor's own memory as floats, element {@code i} at index {@code i}. */
  public static FloatBuffer of(NDArray array) {
    if (!available(array)) {
      throw new IllegalArgumentException(
          "no host view of a " + array.getDataType() + " tensor on " + array.getDevice());
    }
    // tryDirect: the engine wraps the tensor's data pointer instead of copying it out.
    return array.toByteBuffer(true).asFloatBuffer();
  }
}
