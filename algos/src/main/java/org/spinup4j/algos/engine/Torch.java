package org.spinup4j.algos.engine;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;

/**
 * Starting the PyTorch engine the way every command of spinup4j needs it: offline (natives come
 * from the Maven jars, never from the network), quiet on machines without a GPU driver, with a
 * chosen number of intra-op threads.
 */
public final class Torch {
  private static boolean started;
  private static Boolean cudaWorks;

  private Torch() {}

  /**
   * Sets the engine's options and loads it. Threads apply only to the first call in a JVM (PyTorch
   * reads them once); later calls with another count are ignored.
   *
   * @param threads intra-op threads, 0 for PyTorch's default
   */
  public static synchronized void start(int threads) {
    if (started) {
      return;
    }
    System.setProperty("ai.djl.offline", "true");
    if (System.getProperty("org.slf4j.simpleLogger.log.ai.djl.util.cuda") == null) {
      System.setProperty("org.slf4j.simpleLogger.log.ai.djl.util.cuda", "error");
    }
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    if (threads > 0) {
      System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
      System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
    }
    Engine.getEngine("PyTorch");
    started = true;
  }

  /**
   * A root manager on {@code device}; close it when the run ends. Also switches gradient
   * recording off on the calling thread (see {@link #recordNoGradients()}).
   */
  public static NDManager newManager(Device device) {
    start(0);
    recordNoGradients();
    return Engine.getEngine("PyTorch").newBaseManager(device);
  }

  /**
   * PyTorch records the operations of a thread for backpropagation unless told otherwise, and
   * DJL turns that off only on the thread that loaded the engine. spinup4j records gradients only
   * inside an {@link Autograd} region, so every thread that trains (a notebook kernel's, a
   * test's, a grid's) starts with recording off: acting, logging and old log-probabilities then
   * build no graph. The places where a graph must not be built even inside a recording (targets,
   * target networks, optimiser steps) say so with a {@link NoGrad} region.
   */
  public static void recordNoGradients() {
    ai.djl.pytorch.jni.JniUtils.setGradMode(false);
  }

  /**
   * The device for {@code name}: "cpu", or "gpu"/"cuda" for the first CUDA device.
   *
   * @throws IllegalArgumentException for another name, or "gpu" when no CUDA device is found
   */
  public static Device device(String name) {
    start(0);
    switch (name.toLowerCase(java.util.Locale.ROOT)) {
      case "cpu":
        return Device.cpu();
      case "gpu":
      case "cuda":
        if (!cudaWorks()) {
          throw new IllegalArgumentException(
              "--device gpu: no CUDA device found (the libtorch in use is the CPU build, or no"
                  + " GPU and driver are present; see docs/user-guide/installation.md, 'Running on"
                  + " a GPU')");
        }
        return Device.gpu();
      default:
        throw new IllegalArgumentException("unknown device '" + name + "'; allowed: cpu, gpu");
    }
  }

  /**
   * Whether libtorch can put a tensor on the first CUDA device. DJL counts GPUs through the CUDA
   * runtime library, which it finds only on the system's library path (a pip-installed torch
   * keeps its own copy elsewhere), so when that count is 0 ask libtorch itself.
   */
  private static synchronized boolean cudaWorks() {
    // Asked once per JVM: a run's check, its launch and its algorithm all ask for the device.
    if (cudaWorks == null) {
      Engine engine = Engine.getEngine("PyTorch");
      if (engine.getGpuCount() > 0) {
        cudaWorks = true;
      } else {
        try (NDManager probe = engine.newBaseManager(Device.gpu())) {
          probe.zeros(new ai.djl.ndarray.types.Shape(1));
          cudaWorks = true;
        } catch (ai.djl.engine.EngineException e) {
          // The CPU build: "Could not run 'aten::empty...' with arguments from the 'CUDA' backend".
          cudaWorks = false;
        }
      }
    }
    return cudaWorks;
  }
}
