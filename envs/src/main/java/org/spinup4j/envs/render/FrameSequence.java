package org.spinup4j.envs.render;

import java.awt.image.BufferedImage;

/**
 * The frames a video file has taken so far: how many, and the size the first one set, which
 * every later frame must have (a GIF or an MP4 cannot change size between frames).
 */
final class FrameSequence {
  private final String format;
  private int count;
  private int width;
  private int height;

  /** @param format the file's format, which starts the error message ("GIF", "MP4") */
  FrameSequence(String format) {
    this.format = format;
  }

  /** Refuses a frame whose size is not the first frame's; call it before writing the frame. */
  void check(BufferedImage frame) {
    if (count == 0) {
      width = frame.getWidth();
      height = frame.getHeight();
    } else if (frame.getWidth() != width || frame.getHeight() != height) {
      throw new IllegalArgumentException(
          format + " frames must all be " + width + "x" + height + ", got "
              + frame.getWidth() + "x" + frame.getHeight());
    }
  }

  /** Counts a frame once it is written; until then the next frame may still set the size. */
  void added() {
    count++;
  }

  /** Whether no frame has been written yet. */
  boolean isEmpty() {
    return count == 0;
  }
}
