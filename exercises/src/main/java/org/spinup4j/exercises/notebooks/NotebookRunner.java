package org.spinup4j.exercises.notebooks;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.VarSnippet;

/**
 * Executes a notebook's code cells in order in one JShell session, as a Java kernel would, and
 * stops at the first cell that does not compile, throws, or refers to something undefined.
 *
 * <p>Snippets run on this JVM ("local" execution engine), so the classes and native libraries
 * (libtorch) loaded here serve the notebook too, and one PyTorch engine is shared. Kernel magics
 * (lines starting with {@code %}, such as {@code %jars}) add jars in Jupyter; here the classpath is
 * given instead, so they are skipped with a note.
 *
 * <p>Run one or more notebooks from the command line: {@code java -cp ...
 * org.spinup4j.exercises.notebooks.NotebookRunner notebooks/quickstart.ipynb}.
 */
public final class NotebookRunner implements AutoCloseable {
  private final JShell shell;
  private final Consumer<String> notes;
  private final List<List<CellOutput>> outputs = new ArrayList<>();
  /** The outcome of the snippet {@link #eval} ran last. */
  private SnippetEvent lastEvent;

  /**
   * @param classpath jars and class directories the notebook may use
   * @param notes receives one line per skipped magic
   */
  public NotebookRunner(List<Path> classpath, Consumer<String> notes) {
    this.shell = JShell.builder().executionEngine("local").build();
    this.notes = notes;
    for (Path entry : classpath) {
      shell.addToClasspath(entry.toString());
    }
  }

  /**
   * Runs every code cell of {@code notebook}, in order, keeping each cell's outputs ({@link
   * #outputs()}): what it printed, and its last expression's value, a picture when that value is
   * an image.
   *
   * @return null if every cell ran, else what went wrong, naming the cell
   */
  public String run(Notebook notebook) {
    outputs.clear();
    List<Notebook.Cell> code = notebook.codeCells();
    for (int i = 0; i < code.size(); i++) {
      String where = notebook.name() + ", code cell " + (i + 1) + " of " + code.size();
      String problem = runCell(code.get(i).source(), where);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  /** The outputs of each code cell of the last {@link #run}, in order. */
  public List<List<CellOutput>> outputs() {
    return List.copyOf(outputs);
  }

  /**
   * Runs one cell's snippets in order, printing into a buffer (the cell's stdout output); null if
   * all ran, else the first problem.
   */
  String runCell(String cell, String where) {
    List<CellOutput> cellOutputs = new ArrayList<>();
    outputs.add(cellOutputs);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream console = System.out;
    SnippetEvent last = null;
    String problem = null;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      for (String snippet : snippets(withoutMagics(cell, where))) {
        last = null;
        problem = eval(snippet);
        if (problem != null) {
          problem = where + ": " + problem + "\n  in: " + snippet.strip();
          break;
        }
        last = lastEvent;
      }
    } finally {
      System.out.flush();
      System.setOut(console);
    }
    String text = printed.toString(StandardCharsets.UTF_8);
    if (!text.isEmpty()) {
      cellOutputs.add(new CellOutput(CellOutput.STDOUT, text));
    }
    if (problem == null && last != null) {
      result(last).ifPresent(cellOutputs::add);
    }
    return problem;
  }

  /**
   * The value of a cell's last snippet when it is an expression, as a kernel shows it: an image
   * as a PNG, anything else as text.
   */
  private java.util.Optional<CellOutput> result(SnippetEvent event) {
    if (!(event.snippet() instanceof VarSnippet var)
        || event.snippet().subKind() != Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
        || event.value() == null) {
      return java.util.Optional.empty();
    }
    if (var.typeName().equals("java.awt.image.BufferedImage")
        || var.typeName().equals("BufferedImage")) {
      String png = null;
      for (SnippetEvent e : shell.eval(CellOutput.class.getName() + ".png(" + var.name() + ")")) {
        if (e.causeSnippet() == null && e.exception() == null) {
          png = e.value();
        }
      }
      if (png != null && png.length() > 2) {
        return java.util.Optional.of(
            new CellOutput(CellOutput.PNG, png.substring(1, png.length() - 1)));
      }
    }
    return java.util.Optional.of(new CellOutput(CellOutput.TEXT, event.value()));
  }

  /** The cell without its magic lines; a cell magic ({@code %%...}) drops the whole cell. */
  String withoutMagics(String cell, String where) {
    if (cell.stripLeading().startsWith("%%")) {
      notes.accept(where + ": skipped cell magic " + cell.strip().lines().findFirst().orElse(""));
      return "";
    }
    StringBuilder kept = new StringBuilder();
    for (String line : cell.split("\n", -1)) {
      if (line.stripLeading().startsWith("%")) {
        notes.accept(where + ": skipped magic " + line.strip()
            + " (the classpath is the build's runtime classpath here)");
      } else {
        kept.append(line).append('\n');
      }
    }
    return kept.toString();
  }

  /**
   * Splits source into the snippets JShell evaluates one at a time (a statement, a declaration,
   * an expression), as a kernel does with a cell.
   */
  List<String> snippets(String source) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    List<String> out = new ArrayList<>();
    String rest = source;
    while (!rest.isBlank()) {
      CompletionInfo info = analysis.analyzeCompletion(rest);
      if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
        break;
      }
      if (!info.completeness().isComplete() || info.source() == null) {
        out.add(rest); // let eval report what is missing
        break;
      }
      out.add(info.source());
      rest = info.remaining();
    }
    return out;
  }

  private String eval(String snippet) {
    lastEvent = null;
    for (SnippetEvent event : shell.eval(snippet)) {
      if (event.causeSnippet() != null) {
        continue; // an update of an earlier snippet, not this one's outcome
      }
      lastEvent = event;
      if (event.exception() != null) {
        return thrown(event.exception());
      }
      Snippet.Status status = event.status();
      if (status == Snippet.Status.REJECTED) {
        return "does not compile: " + diagnostics(event.snippet());
      }
      if (status == Snippet.Status.RECOVERABLE_DEFINED
          || status == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
        return "refers to undefined names: " + shell.unresolvedDependencies(
            (DeclarationSnippet) event.snippet()).collect(Collectors.joining(", "));
      }
    }
    return null;
  }

  private String diagnostics(Snippet snippet) {
    return shell.diagnostics(snippet).filter(Diag::isError)
        .map(d -> d.getMessage(null)).collect(Collectors.joining("; "));
  }

  private static String thrown(Exception e) {
    String name = e instanceof EvalException ee ? ee.getExceptionClassName() : e.getClass()
        .getName();
    StringBuilder text = new StringBuilder("threw " + name + ": " + e.getMessage());
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      text.append("\n  caused by ").append(cause);
    }
    return text.toString();
  }

  @Override
  public void close() {
    shell.close();
  }

  /**
   * This JVM's classpath as a list of jars and directories, with manifest-only jars opened up:
   * a launcher (Maven's surefire, for one) may put a single jar on the classpath whose manifest
   * lists the real entries, and the compiler needs the real ones.
   */
  public static List<Path> runtimeClasspath() {
    Set<Path> entries = new LinkedHashSet<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        Path path = Path.of(entry).toAbsolutePath();
        entries.add(path);
        entries.addAll(manifestClassPath(path));
      }
    }
    return List.copyOf(entries);
  }

  /** The entries of a jar's {@code Class-Path} manifest attribute, resolved against the jar. */
  static List<Path> manifestClassPath(Path jar) {
    if (!Files.isRegularFile(jar) || !jar.toString().endsWith(".jar")) {
      return List.of();
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      Manifest manifest = file.getManifest();
      String classPath = manifest == null ? null
          : manifest.getMainAttributes().getValue("Class-Path");
      if (classPath == null || classPath.isBlank()) {
        return List.of();
      }
      URI base = jar.getParent().toUri();
      List<Path> out = new ArrayList<>();
      for (String url : classPath.trim().split("\\s+")) {
        out.add(Path.of(base.resolve(url)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the manifest of " + jar, e);
    }
  }

  /**
   * Runs each notebook named on the command line, each in a fresh session; 1 if any fails. With
   * {@code --write} first, a notebook that ran has its outputs written into it, as a kernel saves
   * them, so that it reads on a code-hosting site without being run.
   */
  public static void main(String[] args) {
    boolean write = args.length > 0 && args[0].equals("--write");
    List<String> files = List.of(args).subList(write ? 1 : 0, args.length);
    if (files.isEmpty()) {
      System.err.println("usage: NotebookRunner [--write] NOTEBOOK.ipynb ...");
      System.exit(2);
    }
    List<Path> classpath = runtimeClasspath();
    int failed = 0;
    for (String arg : files) {
      String problem;
      try (NotebookRunner runner = new NotebookRunner(classpath, System.err::println)) {
        problem = runner.run(Notebook.read(Path.of(arg)));
        if (problem == null && write) {
          Notebook.writeOutputs(Path.of(arg), runner.outputs());
        }
      }
      System.err.println(problem == null ? (write ? "WROTE " : "OK   ") + arg : "FAIL " + problem);
      failed += problem == null ? 0 : 1;
    }
    System.exit(failed == 0 ? 0 : 1);
  }
}
