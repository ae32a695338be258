package org.spinup4j.envs.render;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes an animated GIF that loops forever, with the JDK's own ImageIO GIF writer. Each frame
 * is shown for the same delay; GIF counts delays in hundredths of a second, so the delay is
 * rounded to 10 ms steps. Each frame gets its own palette of at most 256 colours (see {@link
 * Palette}), which is exact for the flat drawings environments make.
 */
public final class GifWriter implements FrameWriter {
  private static final String FORMAT = "javax_imageio_gif_image_1.0";

  private final ImageWriter writer;
  private final ImageOutputStream out;
  private final int delayCentiseconds;
  private final FrameSequence frames = new FrameSequence("GIF");

  private GifWriter(ImageWriter writer, ImageOutputStream out, int delayCentiseconds) {
    this.writer = writer;
    this.out = out;
    this.delayCentiseconds = delayCentiseconds;
  }

  /**
   * Starts a GIF at {@code path} (replacing any file there) showing each frame for {@code
   * delayMs} milliseconds, rounded to the nearest 10 ms (at least 10).
   */
  public static GifWriter open(Path path, int delayMs) throws IOException {
    if (delayMs <= 0) {
      throw new IllegalArgumentException("GIF frame delay must be > 0 ms, got " + delayMs);
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
    Files.deleteIfExists(path);
    ImageOutputStream out = ImageIO.createImageOutputStream(path.toFile());
    writer.setOutput(out);
    writer.prepareWriteSequence(null);
    return new GifWriter(writer, out, Math.max(1, Math.round(delayMs / 10f)));
  }

  /** The delay written for each frame, in hundredths of a second. */
  public int delayCentiseconds() {
    return delayCentiseconds;
  }

  @Override
  public void addFrame(BufferedImage frame) throws IOException {
    frames.check(frame);
    BufferedImage indexed = Palette.indexed(frame);
    IIOMetadata metadata = frameMetadata(indexed, frames.isEmpty());
    writer.writeToSequence(new IIOImage(indexed, null, metadata), null);
    frames.added();
  }

  /** Per-frame metadata: the delay, and on the first frame the "loop forever" extension. */
  private IIOMetadata frameMetadata(BufferedImage frame, boolean first)
      throws IIOInvalidTreeException {
    IIOMetadata metadata =
        writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), null);
    IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);

    // Without its own colour table a frame would be drawn with the writer's default global one.
    root.appendChild(localColorTable((IndexColorModel) frame.getColorModel()));

    IIOMetadataNode control = child(root, "GraphicControlExtension");
    control.setAttribute("disposalMethod", "none");
    control.setAttribute("userInputFlag", "FALSE");
    control.setAttribute("transparentColorFlag", "FALSE");
    control.setAttribute("delayTime", Integer.toString(delayCentiseconds));
    control.setAttribute("transparentColorIndex", "0");

    if (first) {
      // The Netscape 2.0 application extension with loop count 0 means "repeat forever".
      IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
      loop.setAttribute("applicationID", "NETSCAPE");
      loop.setAttribute("authenticationCode", "2.0");
      loop.setUserObject(new byte[] {1, 0, 0});
      child(root, "ApplicationExtensions").appendChild(loop);
    }
    metadata.setFromTree(FORMAT, root);
    return metadata;
  }

  /** The frame's palette as a GIF local colour table, padded to a power of two entries. */
  private static IIOMetadataNode localColorTable(IndexColorModel palette) {
    int size = 2;
    while (size < palette.getMapSize()) {
      size *= 2;
    }
    IIOMetadataNode table = new IIOMetadataNode("LocalColorTable");
    table.setAttribute("sizeOfLocalColorTable", Integer.toString(size));
    table.setAttribute("sortFlag", "FALSE");
    for (int i = 0; i < size; i++) {
      int rgb = i < palette.getMapSize() ? palette.getRGB(i) : 0;
      IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
      entry.setAttribute("index", Integer.toString(i));
      entry.setAttribute("red", Integer.toString((rgb >> 16) & 0xFF));
      entry.setAttribute("green", Integer.toString((rgb >> 8) & 0xFF));
      entry.setAttribute("blue", Integer.toString(rgb & 0xFF));
      table.appendChild(entry);
    }
    return table;
  }

  /** The child of {@code parent} named {@code name}, added if missing. */
  private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
    for (int i = 0; i < parent.getLength(); i++) {
      if (parent.item(i).getNodeName().equals(name)) {
        return (IIOMetadataNode) parent.item(i);
      }
    }
    IIOMetadataNode node = new IIOMetadataNode(name);
    parent.appendChild(node);
    return node;
  }

  @Override
  public void close() throws IOException {
    try {
      writer.endWriteSequence();
    } finally {
      writer.dispose();
      out.close();
    }
  }
}
