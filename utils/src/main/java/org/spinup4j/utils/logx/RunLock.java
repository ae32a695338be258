package org.spinup4j.utils.logx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock a run holds on its directory ({@code run.lock}) while it trains, so that a second
 * process pointed at the same run (two resumes, or a resume beside a run still going) refuses
 * to start instead of interleaving rows. It is an operating-system lock, which the system
 * releases when the process dies however it dies: a crashed run leaves a file, never a lock, and
 * the next run takes it over. The file records the holder's process id for the message.
 */
public final class RunLock implements AutoCloseable {
  public static final String FILE = "run.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks {@code runDir} (creating it), or fails in one line naming the process that holds it.
   *
   * @param console where to say that a stale lock of a dead process is taken over
   */
  public static RunLock acquire(Path runDir, java.io.PrintStream console) {
    Path file = runDir.resolve(FILE);
    FileChannel channel = null;
    try {
      Files.createDirectories(runDir);
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      String holder = read(channel);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by this very JVM
      }
      if (lock == null) {
        channel.close();
        throw new IllegalStateException(runDir + " is in use by another run"
            + (holder.isEmpty() ? "" : " (process " + holder + ")")
            + "; wait for it to end, or stop it first");
      }
      if (!holder.isEmpty()) {
        console.println("Taking over " + file + " from process " + holder
            + ", which ended without releasing it");
      }
      String pid = String.valueOf(ProcessHandle.current().pid());
      channel.truncate(0);
      channel.write(ByteBuffer.wrap((pid + "\n").getBytes(StandardCharsets.UTF_8)), 0);
      return new RunLock(channel, lock);
    } catch (IOException e) {
      if (channel != null) {
        try {
          channel.close();
        } catch (IOException ignored) {
          // the first failure is the one to report
        }
      }
      throw new UncheckedIOException("Cannot lock the run directory " + runDir, e);
    }
  }

  private static String read(FileChannel channel) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(64);
    channel.read(buf, 0);
    return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).trim();
  }

  /**
   * Releases the lock and empties the file: an empty {@code run.lock} is one that nobody holds.
   */
  @Override
  public void close() {
    try {
      channel.truncate(0);
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot release " + FILE, e);
    }
  }
}
