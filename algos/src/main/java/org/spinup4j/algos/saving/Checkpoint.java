package org.spinup4j.algos.saving;

import ai.djl.ndarray.NDArray;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.CRC32;
import org.spinup4j.algos.core.ObsNormalizer;
import org.spinup4j.algos.nn.Activation;
import org.spinup4j.algos.nn.NetworkSpec;
import org.spinup4j.algos.nn.Parameters;
import org.spinup4j.utils.logx.SyncedFile;

/**
 * A saved model in a run directory: {@code pyt_save/model.json} says how to rebuild it (which
 * algorithm's networks, their sizes, the environment) and {@code pyt_save/model.params} holds the
 * weights. Snapshots saved with an iteration number are kept beside it as {@code
 * model<itr>.json/.params}; the plain name is always the latest save.
 */
public final class Checkpoint {
  /** Folder inside the run directory, as in Spinning Up. */
  public static final String DIR = "pyt_save";

  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

  private Checkpoint() {}

  /**
   * What is needed to rebuild a saved model.
   *
   * @param algo the algorithm that trained it (vpg, ppo, ddpg, td3, sac)
   * @param env registered environment name
   * @param hiddenSizes hidden layer widths
   * @param activation activation name
   * @param epoch the epoch at which it was saved
   * @param obsMean with --normalize_obs, the running mean of the observations the policy was
   *     trained on; null (and absent from the file) without it
   * @param obsVar with --normalize_obs, their running variance; null without it
   */
  public record Meta(String algo, String env, int[] hiddenSizes, String activation, int epoch,
      double[] obsMean, double[] obsVar) {
    public Meta(String algo, String env, int[] hiddenSizes, String activation, int epoch) {
      this(algo, env, hiddenSizes, activation, epoch, null, null);
    }

    /** How the policy must see observations: as saved, or unchanged. */
    public ObsNormalizer obsNormalizer() {
      return obsMean == null ? new ObsNormalizer(false, 0) : ObsNormalizer.of(obsMean, obsVar);
    }

    public NetworkSpec networkSpec() {
      return new NetworkSpec(hiddenSizes, Activation.parse(activation));
    }
  }

  /**
   * Writes {@code params} and {@code meta} as snapshot {@code itr} (when {@code itr >= 0}) and
   * then as the latest model. Each file is written under a temporary name, synced to disk and
   * renamed over the old one in one atomic step, so a save killed at any moment leaves every file
   * whole. The description records the weights' checksum: a reader that finds the latest pair
   * mixed from two saves (a kill between its two renames) takes the newest snapshot instead,
   * which was complete before the latest pair was touched.
   */
  public static void save(Path runDir, Meta meta, List<NDArray> params, int itr)
      throws IOException {
    refuseNonFinite(params);
    Path dir = runDir.resolve(DIR);
    Files.createDirectories(dir);
    removeLeftovers(dir);
    ByteArrayOutputStream weights = new ByteArrayOutputStream();
    Parameters.save(params, weights);
    byte[] bytes = weights.toByteArray();
    JsonObject description = GSON.toJsonTree(meta).getAsJsonObject();
    description.addProperty(CHECKSUM, checksum(bytes));
    byte[] json = (GSON.toJson(description) + "\n").getBytes(StandardCharsets.UTF_8);
    if (itr >= 0) {
      write(dir, name(itr), bytes, json);
    }
    write(dir, name(-1), bytes, json);
  }

  /**
   * {@link #save} for a training loop: the networks of {@code algo}, shaped by {@code spec} and
   * trained on {@code env} with observations normalised by {@code norm}, as the latest model and
   * as snapshot {@code epoch}. A failure to write ends the run, as training on without saving
   * would lose what it learns.
   */
  public static void saveEpoch(Path runDir, String algo, String env, NetworkSpec spec,
      ObsNormalizer norm, List<NDArray> params, int epoch) {
    Meta meta = new Meta(algo, env, spec.hiddenSizes(), spec.activation().id(), epoch,
        norm.mean(), norm.var());
    try {
      save(runDir, meta, params, epoch);
    } catch (IOException e) {
      // The command line adds the reason (a full disk, say) after this.
      throw new UncheckedIOException("could not save the model in " + runDir.resolve(DIR), e);
    }
  }

  /**
   * Weights that are NaN or infinite mean training diverged: saving them would replace the last
   * good model with a useless one, so the run stops here instead.
   */
  private static void refuseNonFinite(List<NDArray> params) {
    for (NDArray p : params) {
      // The command line adds where (the epoch) and what the run directory kept.
      Parameters.requireFinite(p.toFloatArray());
    }
  }

  /** Writes one pair: the weights {@code params} and their description {@code json}. */
  private static void write(Path dir, String name, byte[] params, byte[] json)
      throws IOException {
    Path tmpParams = dir.resolve(name + ".params.tmp");
    Path tmpJson = dir.resolve(name + ".json.tmp");
    try {
      SyncedFile.write(tmpParams, params);
      SyncedFile.write(tmpJson, json);
    } catch (IOException e) {
      // A full disk: leave nothing half-written behind.
      Files.deleteIfExists(tmpParams);
      Files.deleteIfExists(tmpJson);
      throw e;
    }
    // ATOMIC_MOVE is rename(2), which replaces the old file in one step; REPLACE_EXISTING alone
    // deletes it first, and a kill in between would leave no file at all.
    Files.move(tmpParams, dir.resolve(name + ".params"), StandardCopyOption.ATOMIC_MOVE);
    Files.move(tmpJson, dir.resolve(name + ".json"), StandardCopyOption.ATOMIC_MOVE);
    syncFolder(dir);
  }

  /** Makes the renames themselves durable (Linux); where a folder cannot be opened, skips it. */
  private static void syncFolder(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // not supported here (Windows): the renames are still atomic, only less durable
    }
  }

  /** Temporary files of a save that was killed: never read, removed at the next save. */
  private static void removeLeftovers(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        if (p.getFileName().toString().endsWith(".tmp")) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** The description's field holding the weights file's CRC-32, in hex. */
  private static final String CHECKSUM = "params_crc32";

  private static String checksum(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return Long.toHexString(crc.getValue());
  }

  /**
   * The name to read for snapshot {@code itr}. For the latest ({@code itr < 0}) that is "model",
   * unless a save was killed between its two renames: then model.params already holds the new
   * weights while model.json still describes the old ones, and the snapshot saved just before,
   * whose description records exactly these weights, is the whole pair to read.
   */
  static String readable(Path runDir, int itr) throws IOException {
    Path dir = runDir.resolve(DIR);
    Path params = dir.resolve("model.params");
    if (itr < 0 && !Files.exists(dir.resolve("model.json")) && Files.exists(params)) {
      // Killed between the first save's two renames: the snapshot before it is whole.
      List<Integer> saved = snapshots(runDir);
      return saved.isEmpty() ? name(itr) : name(saved.get(saved.size() - 1));
    }
    String recorded = recordedChecksum(dir.resolve("model.json"));
    if (itr >= 0 || recorded == null || !Files.exists(params)) {
      return name(itr);
    }
    String actual = checksum(Files.readAllBytes(params));
    if (!actual.equals(recorded)) {
      List<Integer> saved = snapshots(runDir);
      for (int i = saved.size() - 1; i >= 0; i--) {
        if (actual.equals(recordedChecksum(dir.resolve(name(saved.get(i)) + ".json")))) {
          return name(saved.get(i));
        }
      }
    }
    return name(itr);
  }

  /** The weights' checksum a description records, or null (none, or unreadable). */
  private static String recordedChecksum(Path json) {
    try {
      JsonObject description = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
      return description.has(CHECKSUM) ? description.get(CHECKSUM).getAsString() : null;
    } catch (IOException | JsonParseException | IllegalStateException e) {
      return null;
    }
  }

  /** The snapshot name for {@code itr}: "model" for the latest (itr < 0), else "model<itr>". */
  public static String name(int itr) {
    return itr < 0 ? "model" : "model" + itr;
  }

  /**
   * Reads a model's description.
   *
   * @throws IOException with one clear line when the run directory, the snapshot or its
   *     description is missing or unreadable
   */
  public static Meta readMeta(Path runDir, int itr) throws IOException {
    if (!Files.isDirectory(runDir)) {
      throw new IOException("no such run directory: " + runDir);
    }
    Path json = runDir.resolve(DIR).resolve(readable(runDir, itr) + ".json");
    if (!Files.exists(json)) {
      throw new IOException("no saved model '" + name(itr) + "' in " + runDir.resolve(DIR)
          + (itr >= 0 ? " (saved snapshots: " + snapshots(runDir) + ")" : ""));
    }
    try {
      Meta meta = GSON.fromJson(Files.readString(json), Meta.class);
      if (meta == null || meta.algo() == null || meta.env() == null
          || meta.hiddenSizes() == null || meta.activation() == null) {
        throw new IOException("corrupt model description " + json + ": fields missing");
      }
      return meta;
    } catch (JsonParseException e) {
      // Gson wraps the reader's exception and repeats its class name in the message.
      Throwable why = e.getCause() != null ? e.getCause() : e;
      throw new IOException("corrupt model description " + json + ": " + why.getMessage());
    }
  }

  /** Loads the weights of snapshot {@code itr} into {@code params}. */
  public static void readParams(Path runDir, int itr, List<NDArray> params) throws IOException {
    String name = readable(runDir, itr);
    Path file = runDir.resolve(DIR).resolve(name + ".params");
    String recorded = recordedChecksum(runDir.resolve(DIR).resolve(name + ".json"));
    // Read once: a save going on beside us renames files, and the checksum must be of the bytes
    // that are loaded.
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (recorded != null && !recorded.equals(checksum(bytes))) {
        throw new IOException("weights file " + file + " does not match its description " + name
            + ".json (another checksum): it was changed or damaged after it was saved");
      }
      Parameters.load(params, new ByteArrayInputStream(bytes));
    } catch (NoSuchFileException e) {
      throw new IOException("missing weights file " + file);
    } catch (java.io.EOFException e) {
      throw new IOException("truncated weights file " + file);
    } catch (IOException e) {
      throw e.getMessage() != null && e.getMessage().startsWith("weights file ") ? e
          : new IOException("corrupt weights file " + file + ": " + e.getMessage());
    }
  }

  /** Iteration numbers of the snapshots kept in a run directory, ascending. */
  public static List<Integer> snapshots(Path runDir) throws IOException {
    Path dir = runDir.resolve(DIR);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.matches("model\\d+\\.json"))
          .map(n -> Integer.parseInt(n.substring(5, n.length() - 5)))
          .sorted()
          .toList();
    }
  }
}
