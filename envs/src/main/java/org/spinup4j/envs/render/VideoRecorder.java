package org.spinup4j.envs.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.spinup4j.envs.Env;

/**
 * Records what an environment shows into one or more video files at once, the format chosen by
 * each file's extension: {@code .gif} (looping GIF) or {@code .mp4} (H.264). Call {@link
 * #capture(Env)} after each reset and step you want in the video.
 *
 * <pre>{@code
 * try (VideoRecorder video = VideoRecorder.open(50, Path.of("run.gif"), Path.of("run.mp4"))) {
 *   float[] o = env.reset(0);
 *   video.capture(env);
 *   ... step, then video.capture(env) ...
 * }
 * }</pre>
 */
public final class VideoRecorder implements AutoCloseable {
  private final List<FrameWriter> writers;
  private int frames;

  private VideoRecorder(List<FrameWriter> writers) {
    this.writers = writers;
  }

  /**
   * Opens a writer for each of {@code outputs}, all playing {@code fps} frames a second.
   *
   * @throws IllegalArgumentException for an extension other than .gif or .mp4
   */
  public static VideoRecorder open(int fps, Path... outputs) throws IOException {
    if (fps <= 0) {
      throw new IllegalArgumentException("video frame rate must be > 0 fps, got " + fps);
    }
    for (Path output : outputs) {
      extension(output); // check every name before creating any file
    }
    List<FrameWriter> writers = new ArrayList<>();
    try {
      for (Path output : outputs) {
        writers.add(
            extension(output).equals("gif")
                ? GifWriter.open(output, Math.round(1000f / fps))
                : Mp4Writer.open(output, fps));
      }
    } catch (IOException | RuntimeException e) {
      closeAll(writers);
      throw e;
    }
    return new VideoRecorder(writers);
  }

  private static String extension(Path output) {
    String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gif")) {
      return "gif";
    }
    if (name.endsWith(".mp4")) {
      return "mp4";
    }
    throw new IllegalArgumentException(
        "video file must end in .gif or .mp4, got '" + output + "'");
  }

  /** Renders {@code env} as it is now and appends the picture to every file. */
  public void capture(Env env) throws IOException {
    addFrame(Frames.render(env));
  }

  /** Appends {@code frame} to every file. */
  public void addFrame(BufferedImage frame) throws IOException {
    for (FrameWriter writer : writers) {
      writer.addFrame(frame);
    }
    frames++;
  }

  /** Frames recorded so far. */
  public int frames() {
    return frames;
  }

  @Override
  public void close() throws IOException {
    closeAll(writers);
  }

  /** Closes every writer, even if one fails, and rethrows the first failure. */
  private static void closeAll(List<FrameWriter> writers) throws IOException {
    IOException first = null;
    for (FrameWriter writer : writers) {
      try {
        writer.close();
      } catch (IOException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
