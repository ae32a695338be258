package org.spinup4j.algos.saving;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.spinup4j.algos.buffers.ReplayBuffer;
import org.spinup4j.algos.core.ObsNormalizer;
import org.spinup4j.algos.core.RunConfig;
import org.spinup4j.envs.Rng;
import org.spinup4j.utils.logx.EpochLogger;

/**
 * Everything a run needs to continue exactly where it stopped, saved at the end of every epoch
 * to {@code pyt_save/resume.state}: the weights of every network (targets included), every
 * optimiser's moments and step count, every random generator, the episode in progress, the test
 * environment's generator and, off-policy, the replay buffer. A run resumed from it writes the
 * same progress.txt rows (Time aside) as a run that was never stopped.
 *
 * <p>An algorithm names its parts once, after building them, then calls {@link #restore()}
 * before its first epoch and {@link #save(int)} after each:
 *
 * <pre>{@code
 * ResumeState state = new ResumeState("ppo", run, logger)
 *     .tensors("networks", ac.parameters())
 *     .add("pi optimizer", piOptimizer)
 *     .random("agent generator", rng)
 *     .add("episode", episode);
 * for (int epoch = state.restore(); epoch < epochs; epoch++) {
 *   ...
 *   state.save(epoch + 1);
 * }
 * }</pre>
 *
 * <p>The file is written to a temporary name, synced and renamed over the old one, and ends with
 * a CRC-32 of its bytes: a kill at any moment leaves the previous epoch's state whole.
 */
public final class ResumeState {
  public static final String FILE = "resume.state";
  private static final String MAGIC = "spinup4j resume state";
  private static final int VERSION = 1;

  /**
   * Held while a state is written: a Ctrl-C waits for it, so the run stops with the state of the
   * last finished epoch on disk rather than in a temporary file.
   */
  public static final ReentrantLock SAVING = new ReentrantLock();

  /** A piece of a run's state that can write itself and read itself back. */
  public interface Part {
    void save(Out out) throws IOException;

    void restore(In in) throws IOException;
  }

  /**
   * What a state file says of itself.
   *
   * @param algo the algorithm that wrote it
   * @param env the environment it trains on
   * @param epochs the epochs finished (progress.txt has this many rows)
   * @param elapsedNanos training time so far, for the Time column
   * @param parts the names of its parts, in order
   */
  public record Header(String algo, String env, int epochs, long elapsedNanos, List<String> parts) {}

  private final String algo;
  private final RunConfig run;
  private final Path file;
  private final Map<String, Part> parts = new LinkedHashMap<>();
  private long elapsedBefore;
  private long startedAt = System.nanoTime();

  /** The state of a run of {@code algo} writing to {@code logger}'s directory. */
  public ResumeState(String algo, RunConfig run, EpochLogger logger) {
    this.algo = algo;
    this.run = run;
    this.file = logger.outputDir().resolve(Checkpoint.DIR).resolve(FILE);
  }

  /** Adds a part under a name that the file records, so a mismatch is named on resume. */
  public ResumeState add(String name, Part part) {
    parts.put(name, part);
    return this;
  }

  /**
   * Adds the episodes in progress, one per copy of the environment: "episode" (the name a run
   * with one copy has always used), then "episode 1", "episode 2", ...
   */
  public ResumeState episodes(Part[] episodes) {
    for (int i = 0; i < episodes.length; i++) {
      add(i == 0 ? "episode" : "episode " + i, episodes[i]);
    }
    return this;
  }

  /** Adds the observation statistics of a run with --normalize_obs; nothing without it. */
  public ResumeState normalizer(ObsNormalizer norm) {
    return norm.on() ? add("observation statistics", norm) : this;
  }

  /** Adds tensors (weights) saved and restored value for value. */
  public ResumeState tensors(String name, List<NDArray> tensors) {
    return add(name, new Part() {
      @Override
      public void save(Out out) throws IOException {
        out.writeInt(tensors.size());
        for (NDArray t : tensors) {
          out.writeFloats(t.toFloatArray());
        }
      }

      @Override
      public void restore(In in) throws IOException {
        in.expect("tensors", tensors.size(), in.readInt());
        for (NDArray t : tensors) {
          float[] values = in.readFloats(Math.toIntExact(t.size()));
          try (NDArray v = t.getManager().create(values, t.getShape())) {
            t.set(new NDIndex("..."), v); // in place: optimisers hold these very tensors
          }
        }
      }
    });
  }

  /**
   * Adds the replay buffer: saved whole, or, for a run with {@code --save_buffer false}, left out
   * (a resumed run then starts with an empty buffer, and says so).
   */
  public ResumeState buffer(String name, ReplayBuffer replay) {
    return add(name, new Part() {
      @Override
      public void save(Out out) throws IOException {
        out.writeBoolean(run.saveBuffer());
        if (run.saveBuffer()) {
          replay.save(out);
        }
      }

      @Override
      public void restore(In in) throws IOException {
        if (in.readBoolean()) {
          replay.restore(in);
        } else {
          System.out.println("Warning: the replay buffer was not saved (--save_buffer false): it "
              + "starts empty, so this run no longer matches one that was never stopped.");
        }
      }
    });
  }

  /** Adds a random generator. */
  public ResumeState random(String name, Rng rng) {
    return add(name, new Part() {
      @Override
      public void save(Out out) throws IOException {
        out.writeRng(rng.state());
      }

      @Override
      public void restore(In in) throws IOException {
        rng.restore(in.readRng());
      }
    });
  }

  /**
   * For a resumed run ({@link RunConfig#resume()}), puts every part back as the last save left
   * it and returns the number of epochs finished. For a new run, saves the starting state (so
   * that a run killed in its first epoch, even after writing that epoch's row, resumes too) and
   * returns 0.
   */
  public int restore() {
    startedAt = System.nanoTime();
    if (!run.resume()) {
      save(0);
      return 0;
    }
    try (In in = new In(file)) {
      Header h = in.header();
      if (!h.parts().equals(List.copyOf(parts.keySet()))) {
        throw new IOException("it holds " + h.parts() + ", this run needs " + parts.keySet());
      }
      for (Part p : parts.values()) {
        p.restore(in);
      }
      in.end();
      elapsedBefore = h.elapsedNanos();
      return h.epochs();
    } catch (IOException e) {
      throw new IllegalStateException("cannot resume from " + file + ": " + e.getMessage(), e);
    }
  }

  /** Training time of this run before this process started it, in nanoseconds. */
  public long elapsedNanos() {
    return elapsedBefore;
  }

  /** The clock reading at which this run would have started had it never stopped. */
  public long startTime() {
    return startedAt - elapsedBefore;
  }

  /** Saves every part after {@code epochs} finished epochs, replacing the last save. */
  public void save(int epochs) {
    Path tmp = file.resolveSibling(FILE + ".tmp");
    SAVING.lock();
    try {
      Files.createDirectories(file.getParent());
      try (Out out = new Out(tmp)) {
        out.writeUTF(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(algo);
        out.writeUTF(run.env());
        out.writeInt(epochs);
        out.writeLong(elapsedBefore + System.nanoTime() - startedAt);
        out.writeInt(parts.size());
        for (String name : parts.keySet()) {
          out.writeUTF(name);
        }
        for (Part p : parts.values()) {
          p.save(out);
        }
        out.writeUTF("end");
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
      try (FileChannel dir = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
        dir.force(true);
      } catch (IOException e) {
        // a folder that cannot be opened (Windows): the rename is still atomic
      }
    } catch (IOException e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // the first failure is the one to report
      }
      throw new UncheckedIOException("could not save the run's state in " + file, e);
    } finally {
      SAVING.unlock();
    }
  }

  /** Reads only the header of the state file in {@code runDir}, checking the whole file's CRC. */
  public static Header readHeader(Path runDir) throws IOException {
    try (In in = new In(runDir.resolve(Checkpoint.DIR).resolve(FILE))) {
      return in.header();
    }
  }

  /** Whether {@code runDir} holds a state file. */
  public static boolean exists(Path runDir) {
    return Files.isRegularFile(runDir.resolve(Checkpoint.DIR).resolve(FILE));
  }

  // ---------------------------------------------------------------- the file format

  /** Writes a state file: Java's DataOutput, float arrays in bulk, a CRC-32 at the end. */
  public static final class Out extends DataOutputStream {
    private final FileOutputStream file;
    private final BufferedOutputStream buffered;
    private final CRC32 crc;
    private final ByteBuffer chunk = ByteBuffer.allocate(1 << 16);

    Out(Path path) throws IOException {
      this(new FileOutputStream(path.toFile()), new CRC32());
    }

    private Out(FileOutputStream file, CRC32 crc) {
      this(file, new BufferedOutputStream(file, 1 << 16), crc);
    }

    private Out(FileOutputStream file, BufferedOutputStream buffered, CRC32 crc) {
      super(new CheckedOutputStream(buffered, crc));
      this.file = file;
      this.buffered = buffered;
      this.crc = crc;
    }

    public void writeFloats(float[] values) throws IOException {
      writeFloats(values, 0, values.length);
    }

    /** Writes the length, then {@code length} floats from {@code values[offset]}. */
    public void writeFloats(float[] values, int offset, int length) throws IOException {
      writeInt(length);
      int perChunk = chunk.capacity() / Float.BYTES;
      for (int at = 0; at < length; at += perChunk) {
        int n = Math.min(perChunk, length - at);
        chunk.clear();
        chunk.asFloatBuffer().put(values, offset + at, n);
        write(chunk.array(), 0, n * Float.BYTES);
      }
    }

    public void writeRng(Rng.State s) throws IOException {
      writeLong(s.state());
      writeBoolean(s.haveNextGaussian());
      writeDouble(s.nextGaussian());
    }

    /** Appends the CRC-32 of everything written, and syncs the file to disk. */
    @Override
    public void close() throws IOException {
      try {
        flush();
        new DataOutputStream(buffered).writeLong(crc.getValue());
        buffered.flush();
        file.getFD().sync();
      } finally {
        file.close();
      }
    }
  }

  /** Reads a state file written by {@link Out}, after checking its CRC-32. */
  public static final class In extends DataInputStream {
    private final ByteBuffer chunk = ByteBuffer.allocate(1 << 16);
    private Header header;

    In(Path path) throws IOException {
      super(open(path));
    }

    private static InputStream open(Path path) throws IOException {
      long size;
      try {
        size = Files.size(path);
      } catch (NoSuchFileException e) {
        throw new IOException("no saved state (" + path.getFileName() + ")");
      }
      if (size < Long.BYTES) {
        throw new IOException("the file is cut short (" + size + " bytes)");
      }
      CRC32 crc = new CRC32();
      long stored;
      try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
        ByteBuffer buf = ByteBuffer.allocate(1 << 20);
        long left = size - Long.BYTES;
        while (left > 0) {
          buf.clear().limit((int) Math.min(buf.capacity(), left));
          int n = ch.read(buf);
          if (n < 0) {
            throw new IOException("the file is cut short");
          }
          buf.flip();
          crc.update(buf);
          left -= n;
        }
        ByteBuffer tail = ByteBuffer.allocate(Long.BYTES);
        while (tail.hasRemaining() && ch.read(tail) >= 0) {
          // read the stored checksum
        }
        stored = tail.flip().getLong();
      }
      if (stored != crc.getValue()) {
        throw new IOException("the file is damaged (its checksum does not match its contents)");
      }
      return new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    }

    Header header() throws IOException {
      if (header == null) {
        if (!MAGIC.equals(readUTF())) {
          throw new IOException("not a spinup4j resume state");
        }
        int version = readInt();
        if (version != VERSION) {
          throw new IOException("format version " + version + ", this spinup4j reads " + VERSION);
        }
        String algo = readUTF();
        String env = readUTF();
        int epochs = readInt();
        long elapsed = readLong();
        int n = readInt();
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
          names[i] = readUTF();
        }
        header = new Header(algo, env, epochs, elapsed, List.of(names));
      }
      return header;
    }

    /** Reads {@code expected} floats written by {@link Out#writeFloats}. */
    public float[] readFloats(int expected) throws IOException {
      float[] values = new float[expected];
      readFloats(values, 0, expected);
      return values;
    }

    /** Reads an array written by {@link Out#writeFloats}, whatever its length. */
    public float[] readFloats() throws IOException {
      int length = readInt();
      if (length < 0 || length > 1 << 20) {
        throw new IOException("a saved action of " + length + " values");
      }
      float[] values = new float[length];
      readRaw(values, 0, length);
      return values;
    }

    /** Reads exactly {@code length} floats into {@code values[offset...]}. */
    public void readFloats(float[] values, int offset, int length) throws IOException {
      expect("values", length, readInt());
      readRaw(values, offset, length);
    }

    private void readRaw(float[] values, int offset, int length) throws IOException {
      int perChunk = chunk.capacity() / Float.BYTES;
      for (int at = 0; at < length; at += perChunk) {
        int n = Math.min(perChunk, length - at);
        readFully(chunk.array(), 0, n * Float.BYTES);
        chunk.clear();
        chunk.asFloatBuffer().get(values, offset + at, n);
      }
    }

    public Rng.State readRng() throws IOException {
      return new Rng.State(readLong(), readBoolean(), readDouble());
    }

    /** Fails with a message naming {@code what} unless the saved count is the expected one. */
    public void expect(String what, long expected, long saved) throws IOException {
      if (expected != saved) {
        throw new IOException("saved " + saved + " " + what + " where this run has " + expected);
      }
    }

    void end() throws IOException {
      if (!"end".equals(readUTF())) {
        throw new IOException("its parts do not end where expected");
      }
    }
  }
}
