package org.spinup4j.algos.buffers;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Random;
import org.spinup4j.algos.core.ObsNormalizer;
import org.spinup4j.algos.core.Values;
import org.spinup4j.algos.engine.Scope;
import org.spinup4j.algos.saving.ResumeState;
import org.spinup4j.envs.StepResult;

/**
 * The replay buffer of DDPG, TD3 and SAC: the last {@code capacity} transitions {@code (o, a, r,
 * o2, d)}, kept in plain float arrays (one row per transition, no objects per step and no
 * tensors between steps). When full, each new transition overwrites the oldest. Minibatches are
 * drawn uniformly, with replacement, from what is stored, using the algorithm's seeded generator.
 *
 * <p>Saved with a run's state, its filled rows take {@code 4 * (2 obsDim + actDim + 2)} bytes
 * each: 168 MB for a full 1M-transition buffer on HalfCheetah (obsDim 17, actDim 6).
 */
public final class ReplayBuffer implements ResumeState.Part {
  private final int obsDim;
  private final int actDim;
  private final int capacity;
  private final float[] obs;
  private final float[] obs2;
  private final float[] act;
  private final float[] rew;
  private final float[] done;
  /** Normalises the observations of each minibatch (--normalize_obs); the identity without. */
  private final ObsNormalizer norm;
  private int ptr;
  private int size;

  public ReplayBuffer(int obsDim, int actDim, int capacity) {
    this(obsDim, actDim, capacity, new ObsNormalizer(false, obsDim));
  }

  /** A buffer whose minibatches show observations as {@code norm} has them at sampling time. */
  public ReplayBuffer(int obsDim, int actDim, int capacity, ObsNormalizer norm) {
    Values.atLeast("replay_size", capacity, 1);
    this.obsDim = obsDim;
    this.actDim = actDim;
    this.capacity = capacity;
    obs = new float[Math.multiplyExact(capacity, obsDim)];
    obs2 = new float[Math.multiplyExact(capacity, obsDim)];
    act = new float[Math.multiplyExact(capacity, actDim)];
    rew = new float[capacity];
    done = new float[capacity];
    this.norm = norm;
  }

  /**
   * Stores the transition from {@code o} by action {@code a} to the step's result. Its done flag
   * is {@code res.terminated()}: true only for a true terminal state, whose value is 0. An
   * episode cut by a time limit (the environment's, or the algorithm's max_ep_len) is not
   * terminal, so the Q target still bootstraps from the next state.
   */
  public void store(float[] o, float[] a, StepResult res) {
    store(o, a, res.reward(), res.observation(), res.terminated());
  }

  /** Stores one transition, overwriting the oldest when the buffer is full. */
  public void store(float[] o, float[] a, double r, float[] o2, boolean terminal) {
    System.arraycopy(o, 0, obs, ptr * obsDim, obsDim);
    System.arraycopy(a, 0, act, ptr * actDim, actDim);
    System.arraycopy(o2, 0, obs2, ptr * obsDim, obsDim);
    rew[ptr] = (float) r;
    done[ptr] = terminal ? 1f : 0f;
    ptr = (ptr + 1) % capacity;
    size = Math.min(size + 1, capacity);
  }

  /** Number of transitions stored (at most the capacity). */
  public int size() {
    return size;
  }

  /** {@code n} row indices, each uniform over the stored transitions. */
  public int[] sampleIndices(int n, Random rng) {
    if (size == 0) {
      throw new IllegalStateException("cannot sample from an empty replay buffer");
    }
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = rng.nextInt(size);
    }
    return idx;
  }

  /**
   * One minibatch as tensors: observations and next observations {@code (n, obsDim)}, actions
   * {@code (n, actDim)}, rewards and done flags {@code (n)}.
   */
  public record Batch(NDArray obs, NDArray act, NDArray rew, NDArray obs2, NDArray done) {}

  /**
   * Draws {@code n} transitions uniformly and uploads them into {@code manager}. Call it inside
   * the update's {@link Scope}, which frees the tensors when the update ends.
   */
  public Batch sampleBatch(NDManager manager, int n, Random rng) {
    int[] idx = sampleIndices(n, rng);
    float[] o = gather(obs, obsDim, idx);
    float[] o2 = gather(obs2, obsDim, idx);
    norm.applyToRows(o);
    norm.applyToRows(o2);
    return new Batch(
        manager.create(o, new Shape(n, obsDim)),
        manager.create(gather(act, actDim, idx), new Shape(n, actDim)),
        manager.create(gather(rew, 1, idx), new Shape(n)),
        manager.create(o2, new Shape(n, obsDim)),
        manager.create(gather(done, 1, idx), new Shape(n)));
  }

  /** Rows {@code idx} of a row-major table with rows of {@code width} floats, packed. */
  private static float[] gather(float[] table, int width, int[] idx) {
    float[] out = new float[idx.length * width];
    for (int i = 0; i < idx.length; i++) {
      System.arraycopy(table, idx[i] * width, out, i * width, width);
    }
    return out;
  }

  /** Bytes the saved buffer takes when full: what {@code --save_buffer} costs on disk. */
  public long savedBytesWhenFull() {
    return 4L * capacity * (2L * obsDim + actDim + 2);
  }

  @Override
  public void save(ResumeState.Out out) throws java.io.IOException {
    out.writeInt(capacity);
    out.writeInt(ptr);
    out.writeInt(size);
    // Rows [0, size): a buffer that is not full yet has written exactly those.
    out.writeFloats(obs, 0, size * obsDim);
    out.writeFloats(act, 0, size * actDim);
    out.writeFloats(obs2, 0, size * obsDim);
    out.writeFloats(rew, 0, size);
    out.writeFloats(done, 0, size);
  }

  @Override
  public void restore(ResumeState.In in) throws java.io.IOException {
    in.expect("replay buffer capacity", capacity, in.readInt());
    int savedPtr = in.readInt();
    int savedSize = in.readInt();
    if (savedSize < 0 || savedSize > capacity || savedPtr < 0 || savedPtr >= capacity) {
      throw new java.io.IOException("a replay buffer with " + savedSize + " transitions at "
          + savedPtr + " in a capacity of " + capacity);
    }
    in.readFloats(obs, 0, savedSize * obsDim);
    in.readFloats(act, 0, savedSize * actDim);
    in.readFloats(obs2, 0, savedSize * obsDim);
    in.readFloats(rew, 0, savedSize);
    in.readFloats(done, 0, savedSize);
    ptr = savedPtr;
    size = savedSize;
  }
}
