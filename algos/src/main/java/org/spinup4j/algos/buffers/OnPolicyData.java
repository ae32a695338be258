package org.spinup4j.algos.buffers;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * One epoch of on-policy data as tensors, uploaded once per update: observations {@code (n,
 * obsDim)}, actions {@code (n, actDim)} (or {@code (n)} for discrete), rewards-to-go {@code ret}
 * and normalised advantages {@code adv}, both {@code (n)}.
 */
public record OnPolicyData(NDArray obs, NDArray act, NDArray ret, NDArray adv) {

  public static OnPolicyData upload(NDManager manager, OnPolicyBuffer.Batch b, boolean discrete) {
    NDArray obs = manager.create(b.obs(), new Shape(b.size(), b.obsDim()));
    NDArray act = discrete
        ? manager.create(b.act(), new Shape(b.size()))
        : manager.create(b.act(), new Shape(b.size(), b.actDim()));
    return new OnPolicyData(obs, act, manager.create(b.ret()), manager.create(b.adv()));
  }
}
