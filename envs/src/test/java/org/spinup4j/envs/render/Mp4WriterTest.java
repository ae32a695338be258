package org.spinup4j.envs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jcodec.api.JCodecException;
import org.jcodec.api.awt.AWTFrameGrab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinup4j.envs.classic.CartPole;

class Mp4WriterTest {

  @TempDir Path dir;

  @Test
  void cartPoleFramesMakeAnMp4StartingWithAnFtypBox() throws IOException, JCodecException {
    Path mp4 = dir.resolve("cartpole.mp4");
    CartPole env = new CartPole();
    env.reset(0);
    try (Mp4Writer writer = Mp4Writer.open(mp4, 50)) {
      for (int i = 0; i < 10; i++) {
        writer.addFrame(Frames.render(env));
        env.step(i % 2);
      }
    }
    byte[] bytes = Files.readAllBytes(mp4);
    assertTrue(bytes.length > 1000, "only " + bytes.length + " bytes");
    // An MP4 opens with a box: 4 bytes of size, then its type "ftyp".
    assertEquals("ftyp", new String(Arrays.copyOfRange(bytes, 4, 8), StandardCharsets.US_ASCII));
    BufferedImage frame = AWTFrameGrab.getFrame(mp4.toFile(), 9);
    assertEquals(600, frame.getWidth());
    assertEquals(400, frame.getHeight());
  }

  @Test
  void oddSizedFramesArePaddedToEvenSides() throws IOException, JCodecException {
    Path mp4 = dir.resolve("odd.mp4");
    try (Mp4Writer writer = Mp4Writer.open(mp4, 10)) {
      writer.addFrame(new BufferedImage(101, 51, BufferedImage.TYPE_INT_RGB));
      writer.addFrame(new BufferedImage(101, 51, BufferedImage.TYPE_INT_RGB));
    }
    BufferedImage frame = AWTFrameGrab.getFrame(mp4.toFile(), 0);
    assertEquals(102, frame.getWidth());
    assertEquals(52, frame.getHeight());
  }

  @Test
  void nonPositiveFrameRateIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Mp4Writer.open(dir.resolve("x.mp4"), 0));
  }
}
