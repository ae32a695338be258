package org.spinup4j.envs.render;

import java.awt.image.BufferedImage;
import java.io.IOException;

/** A video file being written one frame at a time; {@link #close()} finishes the file. */
public interface FrameWriter extends AutoCloseable {

  /** Appends one frame. Every frame of a file must have the size of the first. */
  void addFrame(BufferedImage frame) throws IOException;

  /** Finishes and closes the file. */
  @Override
  void close() throws IOException;
}
