package org.spinup4j.utils.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PlotCommandTest {
  @TempDir Path tmp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int plot(String... args) {
    return new CommandLine(new PlotCommand())
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err))
        .execute(args);
  }

  private void twoExperimentsTwoSeeds() {
    for (int seed : new int[] {0, 10}) {
      Synthetic.run(tmp, "ppo", seed, 30, 500);
      Synthetic.run(tmp, "vpg", seed, 30, 300);
    }
  }

  @Test
  void writesOnePngPerValueIntoTheCommonParent() throws Exception {
    twoExperimentsTwoSeeds();
    int code = plot(tmp.resolve("ppo").toString(), tmp.resolve("vpg").toString(),
        "-y", "Performance", "LossPi");
    assertEquals(0, code, err.toString());
    for (String name : new String[] {"Performance.png", "LossPi.png"}) {
      Path png = tmp.resolve(name);
      assertTrue(out.toString().contains(png.toString()), out.toString());
      BufferedImage image = ImageIO.read(png.toFile());
      assertEquals(900, image.getWidth());
    }
  }

  @Test
  void savedirAndSvgFormatAreHonoured() throws Exception {
    twoExperimentsTwoSeeds();
    Path target = tmp.resolve("figures");
    int code = plot(tmp + "/", "--savedir", target.toString(), "--format", "svg", "-s", "3",
        "--est", "median", "--count");
    assertEquals(0, code, err.toString());
    String svg = Files.readString(target.resolve("Performance.svg"));
    assertTrue(svg.contains("<svg"), "an SVG document");
  }

  @Test
  void showWithoutADisplaySaysSoAndStillWritesFiles() {
    twoExperimentsTwoSeeds();
    int code = plot(tmp + "/", "--show");
    assertEquals(0, code, err.toString());
    assertTrue(out.toString().contains("No display"), out.toString());
    assertTrue(Files.exists(tmp.resolve("Performance.png")));
  }

  @Test
  void anUnknownColumnIsOneLineAndExitCodeTwo() {
    twoExperimentsTwoSeeds();
    int code = plot(tmp + "/", "-y", "AverageQVals");
    assertEquals(2, code);
    String message = err.toString().strip();
    assertEquals(1, message.lines().count(), message);
    assertTrue(message.contains("'AverageQVals'") && message.contains("available: Epoch"), message);
    assertEquals("", out.toString(), "nothing printed before the error");
  }

  @Test
  void nothingToPlotIsOneLineAndExitCodeTwo() throws Exception {
    Files.createDirectories(tmp.resolve("empty"));
    assertEquals(2, plot(tmp.resolve("empty") + "/"));
    assertTrue(err.toString().strip().startsWith("plot: No progress.txt"), err.toString());
  }

  @Test
  void aRunWhoseLastRowWasCutIsPlottedFromItsCompleteRowsWithAWarning() throws Exception {
    Path run = Synthetic.run(tmp, "ppo", 0, 3, 100);
    Synthetic.run(tmp, "ppo", 1, 3, 100);
    Files.writeString(run.resolve("progress.txt"), "1\t2", java.nio.file.StandardOpenOption.APPEND);
    assertEquals(0, plot(tmp + "/"), err.toString());
    List<String> warnings = out.toString().lines().filter(l -> l.startsWith("Warning:")).toList();
    assertEquals(1, warnings.size(), out.toString());
    assertTrue(warnings.get(0).contains(run.resolve("progress.txt").toString()), warnings.get(0));
    assertTrue(warnings.get(0).contains("plotting its 3 complete rows"), warnings.get(0));
    assertTrue(Files.exists(tmp.resolve("ppo/Performance.png")), out.toString());
  }

  @Test
  void aShortRowThatIsNotTheCutEndOfTheFileIsNamed() throws Exception {
    Path run = Synthetic.run(tmp, "ppo", 0, 3, 100);
    Files.writeString(run.resolve("progress.txt"), "1\t2\n", java.nio.file.StandardOpenOption.APPEND);
    assertEquals(2, plot(tmp + "/"));
    assertTrue(err.toString().contains(run.resolve("progress.txt").toString()), err.toString());
    assertEquals("", out.toString(), "nothing printed before the error");
  }

  @Test
  void aSavedirThatCannotBeMadeIsOneLineBeforeAnythingIsPrinted() throws Exception {
    Synthetic.run(tmp, "ppo", 0, 5, 100);
    Path file = Files.writeString(tmp.resolve("file"), "not a folder");
    assertEquals(2, plot(tmp.resolve("ppo").toString(), "--savedir", file.resolve("x").toString()));
    String message = err.toString().strip();
    assertEquals(1, message.lines().count(), message);
    assertTrue(message.startsWith("plot: cannot create the folder for the figures"), message);
    assertEquals("", out.toString(), "nothing printed before the error");
  }

  @Test
  void badOptionValuesExitWithTwo() {
    twoExperimentsTwoSeeds();
    assertEquals(2, plot(tmp + "/", "--est", "mode"));
    assertEquals(2, plot(tmp + "/", "--smooth", "0"));
    assertEquals(2, plot(tmp + "/", "--format", "gif"));
    assertEquals(2, plot(tmp + "/", "-l", "one", "two"));
  }
}
