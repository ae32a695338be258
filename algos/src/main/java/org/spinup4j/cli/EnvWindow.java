package org.spinup4j.cli;

import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.image.BufferedImage;
import java.lang.reflect.InvocationTargetException;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * A Swing window showing an environment while test_policy runs it, paced to a frame rate. The
 * environment is drawn ({@code env.render}) on the thread that steps it, into an image the panel
 * then paints: Swing paints on its own thread, which must never see the environment halfway
 * through a step. Closing the window stops the showing; the episodes go on.
 */
final class EnvWindow implements AutoCloseable {
  private final JFrame frame;
  private final Panel panel;
  private final long frameMillis;

  private static final class Panel extends JPanel {
    private volatile BufferedImage image;

    @Override
    protected void paintComponent(Graphics g) {
      super.paintComponent(g);
      BufferedImage current = image;
      if (current != null) {
        g.drawImage(current, 0, 0, getWidth(), getHeight(), null);
      }
    }
  }

  private EnvWindow(String title, int width, int height, int fps) {
    panel = new Panel();
    panel.setPreferredSize(new Dimension(width, height));
    frame = new JFrame(title);
    frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
    frame.add(panel);
    frame.pack();
    frame.setLocationRelativeTo(null);
    frame.setVisible(true);
    frameMillis = Math.max(1, Math.round(1000.0 / fps));
  }

  /** Opens a {@code width} by {@code height} window titled {@code title} (needs a display). */
  static EnvWindow open(String title, int width, int height, int fps) {
    EnvWindow[] window = new EnvWindow[1];
    try {
      SwingUtilities.invokeAndWait(() -> window[0] = new EnvWindow(title, width, height, fps));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while opening the window", e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("could not open a window: " + e.getCause(), e);
    }
    return window[0];
  }

  /** Shows {@code image} and waits one frame's time, so the episode plays at the frame rate. */
  void show(BufferedImage image) {
    if (!frame.isDisplayable()) {
      return; // closed by the user
    }
    panel.image = image;
    panel.repaint();
    try {
      Thread.sleep(frameMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    SwingUtilities.invokeLater(frame::dispose);
  }
}
