package org.spinup4j.exercises.notebooks;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * One output of a code cell, as Jupyter stores it: what the cell printed ({@code stdout}), the
 * value of its last expression ({@code text/plain}), or that value drawn as a picture ({@code
 * image/png}, base64), which is how a Java kernel shows a {@link BufferedImage}.
 *
 * @param kind "stdout", "text/plain" or "image/png"
 * @param text the printed text, the value as text, or the PNG in base64
 */
public record CellOutput(String kind, String text) {
  public static final String STDOUT = "stdout";
  public static final String TEXT = "text/plain";
  public static final String PNG = "image/png";

  /** The PNG of {@code image} in base64; called from inside the notebook's session. */
  public static String png(BufferedImage image) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getEncoder().encodeToString(bytes.toByteArray());
  }

  /** This output as an nbformat 4 output object of code cell number {@code executionCount}. */
  JsonObject toJson(int executionCount) {
    JsonObject out = new JsonObject();
    if (kind.equals(STDOUT)) {
      out.addProperty("output_type", "stream");
      out.addProperty("name", "stdout");
      out.add("text", lines(text));
      return out;
    }
    JsonObject data = new JsonObject();
    if (kind.equals(PNG)) {
      out.addProperty("output_type", "display_data");
      data.addProperty(PNG, text);
    } else {
      out.addProperty("output_type", "execute_result");
      out.addProperty("execution_count", executionCount);
      data.add(TEXT, lines(text));
    }
    out.add("data", data);
    out.add("metadata", new JsonObject());
    return out;
  }

  /** The kind of an nbformat output object, as {@link #kind()} names them. */
  static String kindOf(JsonObject output) {
    String type = output.get("output_type").getAsString();
    if (type.equals("stream")) {
      return output.get("name").getAsString();
    }
    JsonObject data = output.getAsJsonObject("data");
    return data != null && data.has(PNG) ? PNG : TEXT;
  }

  /** Text as Jupyter stores it: a list of lines, each keeping its line end. */
  private static JsonArray lines(String text) {
    JsonArray lines = new JsonArray();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end + 1;
      lines.add(text.substring(start, end));
      start = end;
    }
    return lines;
  }
}
