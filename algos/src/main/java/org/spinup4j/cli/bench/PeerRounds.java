package org.spinup4j.cli.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spinning Up's seconds per epoch, read from the JSON that ../shared/peer/round.sh writes: {@code
 * {"threads": 1, "seconds_per_epoch": {"ppo": 1.2, ...}, "epochs": {"ppo": [first, e2, ...]}}}.
 * Several rounds (run before and after ours, as the peer's README asks) are pooled: each round's
 * epochs after its first, the median of them all.
 */
final class PeerRounds {
  private PeerRounds() {}

  /**
   * The median seconds per epoch per algorithm over {@code files}.
   *
   * @throws IllegalArgumentException with one line naming the file, when one cannot be read, is
   *     not a round, or was run at another thread count than {@code threads}
   */
  static Map<String, Double> read(List<Path> files, int threads) {
    Map<String, List<Double>> pooled = new LinkedHashMap<>();
    for (Path file : files) {
      JsonObject round;
      try {
        JsonElement parsed = JsonParser.parseString(Files.readString(file));
        if (!parsed.isJsonObject() || !parsed.getAsJsonObject().has("seconds_per_epoch")) {
          throw new IllegalArgumentException("--against " + file + ": not a round of"
              + " ../shared/peer/round.sh (no seconds_per_epoch)");
        }
        round = parsed.getAsJsonObject();
      } catch (NoSuchFileException e) {
        throw new IllegalArgumentException("--against " + file + ": no such file");
      } catch (IOException | JsonParseException e) {
        // Gson's message runs on over several lines; its first says what is wrong.
        throw new IllegalArgumentException("--against " + file + ": cannot read it as JSON ("
            + e.getMessage().lines().findFirst().orElse("") + ")");
      }
      int roundThreads = round.has("threads") ? round.get("threads").getAsInt() : -1;
      if (roundThreads != threads) {
        throw new IllegalArgumentException("--against " + file + " was run at " + roundThreads
            + " thread(s) and this bench at " + threads + "; compare the same thread count"
            + " (--threads " + roundThreads + ", or round.sh OUT.json " + threads + ")");
      }
      JsonObject perEpoch = round.getAsJsonObject("epochs");
      for (String algo : round.getAsJsonObject("seconds_per_epoch").keySet()) {
        List<Double> into = pooled.computeIfAbsent(algo, a -> new ArrayList<>());
        if (perEpoch != null && perEpoch.has(algo)) {
          var epochs = perEpoch.getAsJsonArray(algo);
          // The first epoch warms up (and, off-policy, holds fewer updates): left out.
          for (int i = 1; i < epochs.size(); i++) {
            into.add(epochs.get(i).getAsDouble());
          }
        } else {
          into.add(round.getAsJsonObject("seconds_per_epoch").get(algo).getAsDouble());
        }
      }
    }
    Map<String, Double> medians = new LinkedHashMap<>();
    pooled.forEach((algo, xs) -> medians.put(algo, median(xs)));
    return medians;
  }

  static double median(List<Double> xs) {
    double[] v = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
