package org.spinup4j.utils.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressFileTest {
  @TempDir Path tmp;

  @Test
  void readsPythonSpelledValues() throws Exception {
    Path file = Files.writeString(tmp.resolve("progress.txt"),
        "Epoch\tLoss\tKL\tFlag\tNote\n0\t1e-05\tnan\tTrue\tok\n1\t-inf\t0.5\tFalse\tok\n");
    ProgressFile p = ProgressFile.read(file);
    assertEquals(List.of("Epoch", "Loss", "KL", "Flag", "Note"), p.columns());
    assertArrayEquals(new double[] {0, 1}, p.column("Epoch"));
    assertArrayEquals(new double[] {1e-5, Double.NEGATIVE_INFINITY}, p.column("Loss"));
    assertTrue(Double.isNaN(p.column("KL")[0]));
    assertArrayEquals(new double[] {1, 0}, p.column("Flag"));
    assertTrue(Double.isNaN(p.column("Note")[0]));
  }

  @Test
  void aShortRowIsReportedWithFileAndLine() throws Exception {
    Path file = Files.writeString(tmp.resolve("progress.txt"), "A\tB\n1\t2\n3\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ProgressFile.read(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("line 3"), e.getMessage());
  }

  @Test
  void aLastRowCutByAnInterruptedWriteIsLeftOutWithANote() throws Exception {
    Path file = Files.writeString(tmp.resolve("progress.txt"), "A\tB\n1\t2\n3\t4\n5");
    java.util.List<String> notes = new java.util.ArrayList<>();
    ProgressFile p = ProgressFile.read(file, notes::add);
    assertEquals(2, p.rows().size());
    assertEquals(1, notes.size());
    assertTrue(notes.get(0).contains("plotting its 2 complete rows"), notes.get(0));
    // Read without a place for the note, the same file is refused, as before.
    assertThrows(IllegalArgumentException.class, () -> ProgressFile.read(file));
    // Cut inside its last number, a row has every field and still is not whole.
    Files.writeString(file, "A\tB\n1\t2\n3\t4\n5\t12");
    notes.clear();
    assertEquals(2, ProgressFile.read(file, notes::add).rows().size());
    assertEquals(1, notes.size());
  }

  @Test
  void anUnknownColumnListsTheAvailableOnes() throws Exception {
    Path file = Files.writeString(tmp.resolve("progress.txt"), "Epoch\tLossPi\n0\t1\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ProgressFile.read(file).column("LossV"));
    assertTrue(e.getMessage().contains("'LossV'"), e.getMessage());
    assertTrue(e.getMessage().endsWith("available: Epoch, LossPi"), e.getMessage());
  }

  @Test
  void anEmptyFileHasNoRows() throws Exception {
    Path file = Files.writeString(tmp.resolve("progress.txt"), "");
    assertEquals(0, ProgressFile.read(file).rows().size());
  }
}
