package org.spinup4j.envs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinup4j.envs.classic.Acrobot;
import org.spinup4j.envs.classic.CartPole;

class GifWriterTest {
  private static final String FORMAT = "javax_imageio_gif_image_1.0";

  @TempDir Path dir;

  private Path writeCartPole(int frames, int delayMs) throws IOException {
    Path gif = dir.resolve("cartpole.gif");
    CartPole env = new CartPole();
    env.reset(0);
    try (GifWriter writer = GifWriter.open(gif, delayMs)) {
      writer.addFrame(Frames.render(env));
      for (int i = 1; i < frames; i++) {
        env.step(i % 2);
        writer.addFrame(Frames.render(env));
      }
    }
    return gif;
  }

  @Test
  void cartPoleFramesReadBackWithTheirCountAndSize() throws IOException {
    Path gif = writeCartPole(5, 20);
    try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
      ImageReader reader = ImageIO.getImageReaders(in).next();
      reader.setInput(in);
      assertEquals(5, reader.getNumImages(true));
      BufferedImage last = reader.read(4);
      assertEquals(600, last.getWidth());
      assertEquals(400, last.getHeight());
    }
  }

  @Test
  void everyFrameCarriesTheDelayAndTheFirstLoopsForever() throws IOException {
    Path gif = writeCartPole(3, 40);
    try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
      ImageReader reader = ImageIO.getImageReaders(in).next();
      reader.setInput(in);
      for (int i = 0; i < 3; i++) {
        IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree(FORMAT);
        IIOMetadataNode control =
            (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
        assertEquals("4", control.getAttribute("delayTime"), "frame " + i);
      }
      IIOMetadataNode first = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree(FORMAT);
      IIOMetadataNode app =
          (IIOMetadataNode) first.getElementsByTagName("ApplicationExtension").item(0);
      assertEquals("NETSCAPE", app.getAttribute("applicationID"));
      byte[] loop = (byte[]) app.getUserObject();
      assertEquals(1, loop[0]);
      assertEquals(0, loop[1] | loop[2], "loop count 0 means forever");
    }
  }

  @Test
  void framesOfAtMost256ColoursReadBackExactly() throws IOException {
    // Two frames with different colours, so each needs its own palette.
    BufferedImage first = pattern(0x7F);
    BufferedImage second = pattern(0x20);
    Path gif = dir.resolve("exact.gif");
    try (GifWriter writer = GifWriter.open(gif, 20)) {
      writer.addFrame(first);
      writer.addFrame(second);
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
      ImageReader reader = ImageIO.getImageReaders(in).next();
      reader.setInput(in);
      assertSamePixels(first, reader.read(0));
      assertSamePixels(second, reader.read(1));
    }
  }

  /** 256 colours: red and green in 16 steps each, with a fixed blue. */
  private static BufferedImage pattern(int blue) {
    BufferedImage frame = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 32; y++) {
      for (int x = 0; x < 64; x++) {
        frame.setRGB(x, y, ((x % 16) * 16 << 16) | ((y % 16) * 16 << 8) | blue);
      }
    }
    return frame;
  }

  private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
    for (int y = 0; y < expected.getHeight(); y++) {
      for (int x = 0; x < expected.getWidth(); x++) {
        assertEquals(expected.getRGB(x, y), actual.getRGB(x, y), "pixel " + x + "," + y);
      }
    }
  }

  @Test
  void aRicherDrawingKeepsAlmostEveryPixel() throws IOException {
    // Acrobot's anti-aliased links give a few hundred colours: rare ones take their nearest.
    Acrobot env = new Acrobot();
    env.setState(1.0, 1.5, 0, 0);
    BufferedImage frame = Frames.render(env);
    Path gif = dir.resolve("acrobot.gif");
    try (GifWriter writer = GifWriter.open(gif, 20)) {
      writer.addFrame(frame);
    }
    BufferedImage back = ImageIO.read(gif.toFile());
    int same = 0;
    for (int y = 0; y < frame.getHeight(); y++) {
      for (int x = 0; x < frame.getWidth(); x++) {
        same += frame.getRGB(x, y) == back.getRGB(x, y) ? 1 : 0;
      }
    }
    assertTrue(same > 0.99 * frame.getWidth() * frame.getHeight(), same + " pixels kept");
  }

  @Test
  void delayIsRoundedToHundredthsOfASecond() throws IOException {
    try (GifWriter writer = GifWriter.open(dir.resolve("a.gif"), 33)) {
      assertEquals(3, writer.delayCentiseconds());
    }
    try (GifWriter writer = GifWriter.open(dir.resolve("b.gif"), 1)) {
      assertEquals(1, writer.delayCentiseconds());
    }
  }

  @Test
  void framesOfAnotherSizeAreRefused() throws IOException {
    try (GifWriter writer = GifWriter.open(dir.resolve("c.gif"), 20)) {
      writer.addFrame(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB));
      var e = assertThrows(IllegalArgumentException.class,
          () -> writer.addFrame(new BufferedImage(12, 10, BufferedImage.TYPE_INT_RGB)));
      assertTrue(e.getMessage().contains("10x10"), e.getMessage());
    }
  }

  @Test
  void nonPositiveDelayIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> GifWriter.open(dir.resolve("d.gif"), 0));
  }
}
