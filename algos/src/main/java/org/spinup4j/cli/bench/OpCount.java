package org.spinup4j.cli.bench;

import ai.djl.pytorch.jni.JniUtils;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.spinup4j.envs.Env;
import org.spinup4j.envs.EnvWrapper;
import org.spinup4j.envs.StepResult;

/**
 * How many engine operations a round of updates makes: the figure that explains an update's
 * time, since each operation costs a call through JNI, the dispatcher and (while recording) the
 * autograd bookkeeping, whatever its arithmetic. PyTorch's profiler is switched on between two
 * environment steps chosen so that exactly one round of updates falls between them (acting and
 * the environment make no engine calls: they run in plain Java), and its trace is read back.
 *
 * <p>An operation is counted once where it is called from outside the engine: an event of the
 * trace that no other event on its thread encloses. A call from Java ({@code linear}, {@code
 * add}, {@code sqrt}) counts one however many operations it runs inside; during a backward pass
 * each gradient function the autograd engine evaluates counts one.
 */
final class OpCount {
  private OpCount() {}

  /** Wraps environments so that the profiler runs from environment step {@code from} (1-based,
   * over all wrapped environments) to step {@code to}, then writes its trace to {@code trace}. */
  static final class Window {
    private final long from;
    private final long to;
    private final Path trace;
    private long steps;
    private boolean done;

    Window(long from, long to, Path trace) {
      this.from = from;
      this.to = to;
      this.trace = trace;
    }

    Env wrap(Env env) {
      return new EnvWrapper(env) {
        @Override
        public StepResult step(float[] action) {
          StepResult r = super.step(action);
          steps++;
          if (steps == from) {
            JniUtils.startProfile(false, false, false);
          } else if (steps == to) {
            JniUtils.stopProfile(trace.toString());
            done = true;
          }
          return r;
        }
      };
    }

    boolean done() {
      return done;
    }
  }

  /** The outermost operations of a Chrome trace that PyTorch's profiler wrote, by name. */
  static Map<String, Integer> outermost(Path trace) throws IOException {
    record Event(String name, long tid, double start, double end) {}
    List<Event> events = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(trace);
        JsonReader json = new JsonReader(in)) {
      json.setLenient(true);
      json.beginArray();
      while (json.hasNext()) {
        json.beginObject();
        String name = null;
        String ph = null;
        long tid = 0;
        double ts = 0;
        double dur = 0;
        while (json.hasNext()) {
          switch (json.nextName()) {
            case "name" -> name = json.nextString();
            case "ph" -> ph = json.nextString();
            case "tid" -> tid = json.peek() == JsonToken.NUMBER ? json.nextLong()
                : json.nextString().hashCode();
            case "ts" -> ts = json.nextDouble();
            case "dur" -> dur = json.nextDouble();
            default -> json.skipValue();
          }
        }
        json.endObject();
        if ("X".equals(ph) && name != null) {
          events.add(new Event(name, tid, ts, ts + dur));
        }
      }
    }
    // By thread, then by start; an enclosing event starts no later and ends no earlier.
    events.sort(Comparator.comparingLong(Event::tid).thenComparingDouble(Event::start)
        .thenComparing(Comparator.comparingDouble(Event::end).reversed()));
    Map<String, Integer> counts = new HashMap<>();
    long tid = Long.MIN_VALUE;
    double openUntil = Double.NEGATIVE_INFINITY;
    for (Event e : events) {
      if (e.tid() != tid) {
        tid = e.tid();
        openUntil = Double.NEGATIVE_INFINITY;
      }
      if (e.start() >= openUntil) {
        counts.merge(e.name(), 1, Integer::sum);
        openUntil = e.end();
      }
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
            LinkedHashMap::new));
  }
}
