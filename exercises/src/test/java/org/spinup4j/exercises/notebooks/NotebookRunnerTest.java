package org.spinup4j.exercises.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class NotebookRunnerTest {
  private final List<String> notes = new ArrayList<>();
  private NotebookRunner runner;

  @BeforeEach
  void start() {
    runner = new NotebookRunner(NotebookRunner.runtimeClasspath(), notes::add);
  }

  @AfterEach
  void stop() {
    runner.close();
  }

  /** notebooks/ at the repository root; tests run in the module's directory. */
  static List<Path> notebooks() throws IOException {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent()
        .resolve("notebooks");
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList();
    }
  }

  /**
   * Every notebook runs, and each code cell produces the kinds of output saved with it (printed
   * text, a value, a picture), so the outputs committed for readers stay those of the code: a plot
   * cell that stopped drawing, or a cell that started printing, fails here. The text itself (times,
   * temporary paths) may differ from run to run.
   */
  @TestFactory
  Stream<DynamicTest> everyNotebookRunsEveryCodeCellWithoutError() throws IOException {
    List<Path> files = notebooks();
    assertTrue(files.size() >= 3, "expected the three notebooks, found " + files);
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      List<String> skipped = new ArrayList<>();
      long start = System.nanoTime();
      String problem;
      Notebook notebook = Notebook.read(file);
      List<List<CellOutput>> produced;
      try (NotebookRunner fresh = new NotebookRunner(NotebookRunner.runtimeClasspath(),
          skipped::add)) {
        problem = fresh.run(notebook);
        produced = fresh.outputs();
      }
      skipped.forEach(n -> System.out.println("note: " + n));
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("%s ran in %.1f s%n", file.getFileName(), seconds);
      assertNull(problem, problem);
      List<Notebook.Cell> code = notebook.codeCells();
      for (int i = 0; i < code.size(); i++) {
        assertEquals(code.get(i).outputKinds(),
            produced.get(i).stream().map(CellOutput::kind).toList(),
            file.getFileName() + ", code cell " + (i + 1) + ": the outputs saved with it (rewrite"
                + " them with NotebookRunner --write, see notebooks/README.md)");
      }
    }));
  }

  @Test
  void everyNotebookFirstPutsTheBuildsJarsOnTheKernelsClasspath() throws IOException {
    // The paths algos/pom.xml writes at package time, relative to notebooks/.
    List<String> expected = List.of("%jars ../algos/target/spinup4j-algos.jar",
        "%jars ../algos/target/lib/*.jar");
    for (Path file : notebooks()) {
      Notebook.Cell first = Notebook.read(file).codeCells().get(0);
      assertEquals(expected, first.source().strip().lines().toList(), file.toString());
    }
  }

  @Test
  void cellsSplitIntoTheSnippetsJShellEvaluates() {
    List<String> snippets = runner.snippets("int a = 1; int b = a + 1;\nvoid f() {\n}\nb * 2");
    assertEquals(4, snippets.size(), snippets.toString());
    assertEquals("b * 2", snippets.get(3).strip());
  }

  @Test
  void stateCarriesFromCellToCell() {
    assertNull(runner.runCell("int a = 20;", "cell 1"));
    assertNull(runner.runCell("if (a + 22 != 42) throw new AssertionError(a);", "cell 2"));
  }

  @Test
  void aCellThatThrowsIsReportedWithTheCellAndTheException() {
    String problem = runner.runCell("int x = 1;\nthrow new IllegalStateException(\"boom\");",
        "demo, code cell 2 of 2");
    assertNotNull(problem);
    assertTrue(problem.startsWith("demo, code cell 2 of 2: threw java.lang.IllegalStateException"),
        problem);
    assertTrue(problem.contains("boom"), problem);
  }

  @Test
  void aCellThatDoesNotCompileIsReported() {
    String problem = runner.runCell("int y = \"not a number\";", "cell 1");
    assertNotNull(problem);
    assertTrue(problem.contains("does not compile"), problem);
  }

  @Test
  void aMethodUsingAnUndefinedNameIsReported() {
    String problem = runner.runCell("int twice() { return 2 * missing; }", "cell 1");
    assertNotNull(problem);
    assertTrue(problem.contains("undefined"), problem);
  }

  @Test
  void projectClassesAreOnTheNotebooksClasspath() {
    assertNull(runner.runCell("""
        var cfg = org.spinup4j.algos.ppo.PpoConfig.defaults();
        if (cfg.clipRatio() != 0.2) throw new AssertionError(cfg);
        """, "cell 1"));
  }

  @Test
  void magicLinesAreSkippedWithANoteAndTheRestRuns() {
    assertNull(runner.runCell("%jars ../algos/target/lib/*.jar\nint z = 3;", "cell 1"));
    assertEquals(1, notes.size());
    assertTrue(notes.get(0).contains("skipped magic %jars ../algos/target/lib/*.jar"),
        notes.get(0));
    assertNull(runner.runCell("if (z != 3) throw new AssertionError();", "cell 2"));
  }

  @Test
  void aManifestOnlyJarIsOpenedUpToItsEntries(@TempDir Path tmp) throws IOException {
    Path lib = Files.createDirectories(tmp.resolve("lib"));
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH,
        "lib/a.jar " + lib.resolve("b dir").toUri());
    Path jar = tmp.resolve("booter.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      out.flush();
    }
    assertEquals(List.of(lib.resolve("a.jar"), lib.resolve("b dir")),
        NotebookRunner.manifestClassPath(jar));
  }
}
