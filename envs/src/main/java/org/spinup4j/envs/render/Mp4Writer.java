package org.spinup4j.envs.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.jcodec.api.awt.AWTSequenceEncoder;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.Rational;

/**
 * Writes an H.264 video in an MP4 container with JCodec (pure Java, no native encoder). H.264
 * with 4:2:0 colour needs even sides, so a frame with an odd width or height is padded by one
 * white pixel.
 */
public final class Mp4Writer implements FrameWriter {
  private final SeekableByteChannel channel;
  private final AWTSequenceEncoder encoder;
  private final FrameSequence frames = new FrameSequence("MP4");

  private Mp4Writer(SeekableByteChannel channel, AWTSequenceEncoder encoder) {
    this.channel = channel;
    this.encoder = encoder;
  }

  /** Starts an MP4 at {@code path} (replacing any file there) at {@code fps} frames a second. */
  public static Mp4Writer open(Path path, int fps) throws IOException {
    if (fps <= 0) {
      throw new IllegalArgumentException("MP4 frame rate must be > 0 fps, got " + fps);
    }
    SeekableByteChannel channel = NIOUtils.writableChannel(path.toFile());
    try {
      return new Mp4Writer(channel, new AWTSequenceEncoder(channel, Rational.R(fps, 1)));
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  @Override
  public void addFrame(BufferedImage frame) throws IOException {
    frames.check(frame);
    encoder.encodeImage(padToEven(frame));
    frames.added();
  }

  private static BufferedImage padToEven(BufferedImage frame) {
    int w = frame.getWidth() + frame.getWidth() % 2;
    int h = frame.getHeight() + frame.getHeight() % 2;
    if (w == frame.getWidth() && h == frame.getHeight()) {
      return frame;
    }
    BufferedImage padded = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = padded.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.drawImage(frame, 0, 0, null);
    g.dispose();
    return padded;
  }

  @Override
  public void close() throws IOException {
    try {
      encoder.finish();
    } finally {
      channel.close();
    }
  }
}
