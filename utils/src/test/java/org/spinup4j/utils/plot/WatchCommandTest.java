package org.spinup4j.utils.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class WatchCommandTest {
  @TempDir Path tmp;
  private final StringWriter out = new StringWriter();

  /** Waits until watch has printed {@code text}, failing after 20 s. */
  private void awaitOutput(String text) throws InterruptedException {
    for (int i = 0; i < 400; i++) {
      synchronized (out.getBuffer()) {
        if (out.toString().contains(text)) {
          return;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("watch never printed '" + text + "'; it printed:\n" + out);
  }

  private static void append(Path file, String text) throws Exception {
    Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  @Test
  void waitsForARunRedrawsAtEachNewEpochSkipsAHalfWrittenRowAndStopsWhenDone() throws Exception {
    Path figures = tmp.resolve("figures");
    Path run = tmp.resolve("data").resolve("exp").resolve("exp_s0");
    CompletableFuture<Integer> watch = CompletableFuture.supplyAsync(() ->
        new CommandLine(new WatchCommand()).setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(out, true))
            .execute(tmp.resolve("data").resolve("exp").toString(), "--interval", "0.05",
                "--until_done", "--no_window", "--savedir", figures.toString()));

    // The run has not started: watch waits for it.
    awaitOutput("Waiting for runs: No log directory matches");

    // It starts: a config asking for 3 epochs, one row, and a second row half written.
    Files.createDirectories(run);
    Files.writeString(run.resolve("config.json"), "{\"exp_name\": \"exp\", \"epochs\": 3}");
    Path progress = run.resolve("progress.txt");
    append(progress, "Epoch\tTotalEnvInteracts\tAverageEpRet\n0\t1000\t10.5\n1\t2000\t2");
    awaitOutput("Epochs exp-0 1: wrote " + figures.resolve("Performance.png"));
    assertNotNull(ImageIO.read(figures.resolve("Performance.png").toFile()), "a whole PNG");

    // The second row is finished, then the third: a figure per epoch, then the end.
    append(progress, "0.5\n");
    awaitOutput("Epochs exp-0 2: wrote");
    append(progress, "2\t3000\t30.5\n");
    awaitOutput("Every run has written all its epochs.");
    assertEquals(0, watch.get(20, TimeUnit.SECONDS));
    assertNotNull(ImageIO.read(figures.resolve("Performance.png").toFile()));
    assertTrue(Files.list(figures).allMatch(f -> f.getFileName().toString()
        .equals("Performance.png")), "no temporary files left beside the figure");
  }

  @Test
  void aBadOptionIsOneLineBeforeAnyWaiting() {
    StringWriter err = new StringWriter();
    int code = new CommandLine(new WatchCommand()).setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err)).execute(tmp.toString(), "--interval", "0");
    assertEquals(2, code);
    assertEquals("watch: --interval must be above 0 seconds, got 0.0\n", err.toString());
  }
}
