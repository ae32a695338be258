package org.spinup4j.envs.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reduces an RGB frame to at most 256 colours for GIF. Environment pictures are flat drawings:
 * a few hundred colours, most of them the anti-aliased edges. So the palette is simply the 256
 * most frequent colours (every colour, when there are no more), and a rarer colour is drawn with
 * its nearest palette entry. This is exact for most frames and many times faster than the
 * general-purpose quantiser ImageIO would otherwise run on each frame.
 */
final class Palette {
  private static final int SIZE = 256;

  private Palette() {}

  /** {@code rgb} as an 8-bit indexed image. */
  static BufferedImage indexed(BufferedImage rgb) {
    int width = rgb.getWidth();
    int height = rgb.getHeight();
    int[] pixels = rgb.getRGB(0, 0, width, height, null, 0, width);

    Map<Integer, Integer> counts = new HashMap<>();
    for (int p : pixels) {
      counts.merge(p & 0xFFFFFF, 1, Integer::sum);
    }
    List<Map.Entry<Integer, Integer>> byCount = new ArrayList<>(counts.entrySet());
    byCount.sort(Map.Entry.<Integer, Integer>comparingByValue().reversed());
    int size = Math.min(SIZE, byCount.size());
    int[] palette = new int[size];
    Map<Integer, Integer> index = new HashMap<>();
    for (int i = 0; i < size; i++) {
      palette[i] = byCount.get(i).getKey();
      index.put(palette[i], i);
    }

    byte[] out = new byte[pixels.length];
    for (int i = 0; i < pixels.length; i++) {
      int colour = pixels[i] & 0xFFFFFF;
      out[i] = (byte) (int) index.computeIfAbsent(colour, c -> nearest(palette, c));
    }
    return image(width, height, palette, out);
  }

  /** Index of the palette entry closest to {@code colour} in squared RGB distance. */
  private static int nearest(int[] palette, int colour) {
    int best = 0;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < palette.length; i++) {
      int dr = ((palette[i] >> 16) & 0xFF) - ((colour >> 16) & 0xFF);
      int dg = ((palette[i] >> 8) & 0xFF) - ((colour >> 8) & 0xFF);
      int db = (palette[i] & 0xFF) - (colour & 0xFF);
      int distance = dr * dr + dg * dg + db * db;
      if (distance < bestDistance) {
        best = i;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static BufferedImage image(int width, int height, int[] palette, byte[] indices) {
    byte[] r = new byte[palette.length];
    byte[] g = new byte[palette.length];
    byte[] b = new byte[palette.length];
    for (int i = 0; i < palette.length; i++) {
      r[i] = (byte) (palette[i] >> 16);
      g[i] = (byte) (palette[i] >> 8);
      b[i] = (byte) palette[i];
    }
    IndexColorModel model = new IndexColorModel(8, palette.length, r, g, b);
    BufferedImage image =
        new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, model);
    byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    System.arraycopy(indices, 0, data, 0, indices.length);
    return image;
  }
}
