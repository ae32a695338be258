package org.spinup4j.exercises.notebooks;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A Jupyter notebook (nbformat 4) as far as running it needs: its cells, in order, each with its
 * type ("code", "markdown", "raw") and its source text.
 *
 * @param name the file name, for messages
 * @param cells every cell, markdown included
 */
public record Notebook(String name, List<Notebook.Cell> cells) {

  /**
   * One cell; {@code source} joins the cell's lines as Jupyter shows them, and {@code
   * outputKinds} names the kind of each output saved with it ({@link CellOutput#kind()}).
   */
  public record Cell(String type, String source, List<String> outputKinds) {
    public Cell(String type, String source) {
      this(type, source, List.of());
    }

    public Cell {
      outputKinds = List.copyOf(outputKinds);
    }

    public boolean isCode() {
      return type.equals("code");
    }
  }

  public Notebook {
    cells = List.copyOf(cells);
  }

  /**
   * Reads an .ipynb file.
   *
   * @throws IllegalArgumentException if the file is not an nbformat 4 notebook
   */
  public static Notebook read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    JsonObject json;
    try {
      json = JsonParser.parseString(text).getAsJsonObject();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(file + " is not JSON: " + e.getMessage());
    }
    JsonElement format = json.get("nbformat");
    if (format == null || !format.isJsonPrimitive() || format.getAsInt() != 4) {
      throw new IllegalArgumentException(file + ": nbformat " + format + "; only 4 is read");
    }
    List<Cell> cells = new ArrayList<>();
    for (JsonElement cell : json.getAsJsonArray("cells")) {
      JsonObject c = cell.getAsJsonObject();
      List<String> kinds = new ArrayList<>();
      if (c.has("outputs")) {
        for (JsonElement output : c.getAsJsonArray("outputs")) {
          kinds.add(CellOutput.kindOf(output.getAsJsonObject()));
        }
      }
      cells.add(new Cell(c.get("cell_type").getAsString(), source(c.get("source")), kinds));
    }
    return new Notebook(file.getFileName().toString(), cells);
  }

  /**
   * Writes {@code outputs} (one list per code cell, in order) into the notebook {@code file} as a
   * kernel saves them, with execution counts; everything else in the file is kept. Written to a
   * temporary file and renamed, so a failure leaves the notebook as it was.
   */
  public static void writeOutputs(Path file, List<List<CellOutput>> outputs) {
    try {
      JsonObject json = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
      int n = 0;
      for (JsonElement cell : json.getAsJsonArray("cells")) {
        JsonObject c = cell.getAsJsonObject();
        if (!c.get("cell_type").getAsString().equals("code")) {
          continue;
        }
        JsonArray saved = new JsonArray();
        List<CellOutput> produced = n < outputs.size() ? outputs.get(n) : List.of();
        for (CellOutput output : produced) {
          saved.add(output.toJson(n + 1));
        }
        c.addProperty("execution_count", n + 1);
        c.add("outputs", saved);
        n++;
      }
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(tmp, new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
          .toJson(json) + "\n");
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  /** The code cells, in order. */
  public List<Cell> codeCells() {
    return cells.stream().filter(Cell::isCode).toList();
  }

  /** nbformat allows a cell's source as one string or as a list of lines (each keeps its \n). */
  private static String source(JsonElement source) {
    if (source == null || source.isJsonNull()) {
      return "";
    }
    if (source.isJsonPrimitive()) {
      return source.getAsString();
    }
    StringBuilder text = new StringBuilder();
    JsonArray lines = source.getAsJsonArray();
    for (JsonElement line : lines) {
      text.append(line.getAsString());
    }
    return text.toString();
  }
}
