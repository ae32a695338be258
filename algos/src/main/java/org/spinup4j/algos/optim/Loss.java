package org.spinup4j.algos.optim;

import ai.djl.ndarray.NDArray;

/** What a loss function returns: the scalar to minimise, plus whatever diagnostics it records. */
public interface Loss {
  /** The scalar objective that gradients are taken of. */
  NDArray value();
}
