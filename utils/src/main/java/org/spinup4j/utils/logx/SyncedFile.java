package org.spinup4j.utils.logx;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Writing a file so that its bytes are on disk when the call returns. */
public final class SyncedFile {
  private SyncedFile() {}

  /**
   * Writes {@code bytes} to {@code file} (replacing what it held) and syncs it to disk: what a
   * temporary file needs before it is renamed over the real one.
   */
  public static void write(Path file, byte[] bytes) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }
}
