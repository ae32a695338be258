package org.spinup4j.utils.logx;

import com.google.gson.FormattingStyle;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Turns a run's configuration into JSON text, as Spinning Up's {@code convert_json} and {@code
 * json.dumps(indent=4)} do: maps become objects (keys in the map's order), lists and arrays become
 * arrays, records become objects of their components, and anything else becomes its string.
 * Floating-point numbers are written in Python's form ({@code 0.0003}, {@code 1e-05}), so a
 * config.json reads the same as the reference's.
 */
public final class ConfigJson {
  private static final Gson GSON =
      new GsonBuilder()
          .setFormattingStyle(FormattingStyle.PRETTY.withIndent("    "))
          .serializeNulls()
          .serializeSpecialFloatingPointValues()
          .disableHtmlEscaping()
          .create();

  private ConfigJson() {}

  /** The pretty-printed JSON text of {@code value}. */
  public static String pretty(Object value) {
    return GSON.toJson(toTree(value));
  }

  /** The JSON tree of {@code value}, converted as described in the class comment. */
  public static JsonElement toTree(Object value) {
    if (value == null) {
      return JsonNull.INSTANCE;
    } else if (value instanceof Boolean b) {
      return new JsonPrimitive(b);
    } else if (value instanceof Double || value instanceof Float) {
      return number((Number) value);
    } else if (value instanceof Number n) {
      return new JsonPrimitive(n);
    } else if (value instanceof CharSequence || value instanceof Path) {
      return new JsonPrimitive(value.toString()); // before Iterable: a Path iterates its names
    } else if (value instanceof Map<?, ?> map) {
      JsonObject object = new JsonObject();
      map.forEach((k, v) -> object.add(String.valueOf(k), toTree(v)));
      return object;
    } else if (value instanceof Iterable<?> items) {
      JsonArray array = new JsonArray();
      items.forEach(item -> array.add(toTree(item)));
      return array;
    } else if (value.getClass().isArray()) {
      return toTree(arrayToList(value));
    } else if (value instanceof Record record) {
      return recordTree(record);
    } else if (value instanceof Class<?> type) {
      return new JsonPrimitive(type.getSimpleName());
    } else if (value instanceof Enum<?> constant) {
      return new JsonPrimitive(constant.name());
    }
    return new JsonPrimitive(value.toString());
  }

  private static JsonElement number(Number n) {
    double d = n.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return new JsonPrimitive(d); // written as NaN / Infinity, as Python's json does
    }
    String text = n instanceof Float f ? PyFormat.reprFloat(f) : PyFormat.reprDouble(d);
    return new JsonPrimitive(new PythonNumber(text, d));
  }

  private static JsonElement recordTree(Record record) {
    JsonObject object = new JsonObject();
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      try {
        c.getAccessor().setAccessible(true);
        object.add(c.getName(), toTree(c.getAccessor().invoke(record)));
      } catch (ReflectiveOperationException | RuntimeException e) {
        return new JsonPrimitive(record.toString());
      }
    }
    return object;
  }

  private static Object arrayToList(Object array) {
    if (array instanceof Object[] objects) {
      return Arrays.asList(objects);
    }
    int n = java.lang.reflect.Array.getLength(array);
    Object[] boxed = new Object[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = java.lang.reflect.Array.get(array, i);
    }
    return Arrays.asList(boxed);
  }

  /** A number whose JSON text is fixed in advance (Gson writes a number's toString()). */
  private static final class PythonNumber extends Number {
    private final String text;
    private final double value;

    PythonNumber(String text, double value) {
      this.text = text;
      this.value = value;
    }

    @Override
    public String toString() {
      return text;
    }

    @Override
    public int intValue() {
      return (int) value;
    }

    @Override
    public long longValue() {
      return (long) value;
    }

    @Override
    public float floatValue() {
      return (float) value;
    }

    @Override
    public double doubleValue() {
      return value;
    }
  }
}
