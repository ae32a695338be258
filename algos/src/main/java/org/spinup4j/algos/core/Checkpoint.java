package org.spinup4j.algos.core;

import ai.djl.ndarray.NDArray;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.spinup4j.utils.logx.DivergedException;

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
   */
  public record Meta(String algo, String env, int[] hiddenSizes, String activation, int epoch) {
    public NetworkSpec networkSpec() {
      return new NetworkSpec(hiddenSizes, Activation.parse(activation));
    }
  }

  /**
   * Writes {@code params} and {@code meta} as the latest model, and also as snapshot {@code itr}
   * when {@code itr >= 0}. Files are written to a temporary name first and then moved, so an
   * interrupted save never leaves a half-written model.
   */
  public static void save(Path runDir, Meta meta, List<NDArray> params, int itr)
      throws IOException {
    refuseNonFinite(runDir, meta, params);
    Path dir = runDir.resolve(DIR);
    Files.createDirectories(dir);
    write(dir, "model", meta, params);
    if (itr >= 0) {
      write(dir, "model" + itr, meta, params);
    }
  }

  /**
   * {@link #save} for a training loop: the networks of {@code algo}, shaped by {@code spec} and
   * trained on {@code env}, as the latest model and as snapshot {@code epoch}. A failure to write
   * ends the run, as training on without saving would lose what it learns.
   */
  public static void saveEpoch(Path runDir, String algo, String env, NetworkSpec spec,
      List<NDArray> params, int epoch) {
    Meta meta = new Meta(algo, env, spec.hiddenSizes(), spec.activation().id(), epoch);
    try {
      save(runDir, meta, params, epoch);
    } catch (IOException e) {
      throw new UncheckedIOException("could not save the model: " + e.getMessage(), e);
    }
  }

  /**
   * Weights that are NaN or infinite mean training diverged: saving them would replace the last
   * good model with a useless one, so the run stops here instead.
   */
  private static void refuseNonFinite(Path runDir, Meta meta, List<NDArray> params) {
    for (NDArray p : params) {
      for (float x : p.toFloatArray()) {
        if (!Float.isFinite(x)) {
          throw DivergedException.at(meta.epoch(), "a network's weights hold NaN or infinity",
              runDir);
        }
      }
    }
  }

  private static void write(Path dir, String name, Meta meta, List<NDArray> params)
      throws IOException {
    Path tmpParams = dir.resolve(name + ".params.tmp");
    try (OutputStream out = Files.newOutputStream(tmpParams)) {
      Parameters.save(params, out);
    }
    Path tmpJson = dir.resolve(name + ".json.tmp");
    Files.writeString(tmpJson, GSON.toJson(meta) + "\n");
    Files.move(tmpParams, dir.resolve(name + ".params"), StandardCopyOption.REPLACE_EXISTING);
    Files.move(tmpJson, dir.resolve(name + ".json"), StandardCopyOption.REPLACE_EXISTING);
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
    Path json = runDir.resolve(DIR).resolve(name(itr) + ".json");
    if (!Files.isDirectory(runDir)) {
      throw new IOException("no such run directory: " + runDir);
    }
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
    Path file = runDir.resolve(DIR).resolve(name(itr) + ".params");
    try (InputStream in = Files.newInputStream(file)) {
      Parameters.load(params, in);
    } catch (NoSuchFileException e) {
      throw new IOException("missing weights file " + file);
    } catch (java.io.EOFException e) {
      throw new IOException("truncated weights file " + file);
    } catch (IOException e) {
      throw new IOException("corrupt weights file " + file + ": " + e.getMessage());
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
