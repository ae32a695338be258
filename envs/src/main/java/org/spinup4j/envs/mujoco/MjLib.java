package org.spinup4j.envs.mujoco;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import java.util.ArrayList;
import java.util.List;

/**
 * The C functions of MuJoCo 2.2.2 that the locomotion tasks call, bound with JNA's direct mapping
 * (each Java {@code native} method below is the C function of the same name; pointers travel as
 * {@code long} addresses, the cheapest call JNA makes).
 *
 * <p>The library is looked up once per JVM: Debian's {@code libmujoco2.2.2} installs {@code
 * libmujoco.so.2.2.2} on the system library path. The system property {@code
 * spinup4j.mujoco.library} (or the variable {@code SPINUP4J_MUJOCO_LIB}) names another file. Any
 * version other than 2.2.2 is refused, because {@link MjLayout}'s struct offsets come from the
 * 2.2.2 headers and would read the wrong fields of another version.
 */
final class MjLib {
  /** {@code mj_version()} of the one supported release, 2.2.2. */
  static final int REQUIRED_VERSION = 222;

  /** What a user runs to get the library (Debian and Ubuntu). */
  static final String INSTALL = "sudo apt-get install libmujoco2.2.2";

  private static final String SONAME = "libmujoco.so.2.2.2";

  /** Why the library could not be bound, or null once it is bound. */
  private static MujocoUnavailableException failure;
  private static boolean attempted;

  private MjLib() {}

  /**
   * Binds the library on first use and checks its version.
   *
   * @throws MujocoUnavailableException naming what is missing or wrong and the install command
   */
  static synchronized void require() {
    if (!attempted) {
      attempted = true;
      try {
        NativeLibrary library = open(candidates());
        String where = library.getFile() == null ? library.getName() : library.getFile().toString();
        // Ask the version before binding the rest: another release may lack a function we bind.
        checkVersion(version(library, where), where);
        try {
          Native.register(MjLib.class, library);
        } catch (UnsatisfiedLinkError e) {
          throw new MujocoUnavailableException("the MuJoCo tasks need MuJoCo 2.2.2, but " + where
              + " lacks one of its functions (" + e.getMessage() + "); install 2.2.2 with: "
              + INSTALL);
        }
        Warnings.install(library);
      } catch (MujocoUnavailableException e) {
        failure = e;
      } catch (RuntimeException | LinkageError e) {
        // Anything else that stops the binding is remembered too, so later calls fail alike.
        failure = new MujocoUnavailableException("the MuJoCo tasks could not bind the MuJoCo"
            + " library: " + e + "; install MuJoCo 2.2.2 with: " + INSTALL);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** Whether the library is installed and of the right version (binds it if so). */
  static boolean available() {
    try {
      require();
      return true;
    } catch (MujocoUnavailableException e) {
      return false;
    }
  }

  /** The files to try, in order: the user's choice alone, else the system's. */
  static List<String> candidates() {
    String chosen =
        System.getProperty("spinup4j.mujoco.library", System.getenv("SPINUP4J_MUJOCO_LIB"));
    List<String> names = new ArrayList<>();
    if (chosen != null && !chosen.isBlank()) {
      names.add(chosen);
    } else {
      names.add(SONAME);
      names.add("libmujoco.so"); // from libmujoco-dev, or a build of one's own
    }
    return names;
  }

  /** The first of {@code names} that loads. */
  static NativeLibrary open(List<String> names) {
    String reason = "";
    for (String name : names) {
      try {
        return NativeLibrary.getInstance(name);
      } catch (UnsatisfiedLinkError e) {
        reason = e.getMessage();
      }
    }
    // A file the user named that exists but does not load: the loader's reason says why.
    boolean named = names.size() == 1 && new java.io.File(names.get(0)).isFile();
    throw new MujocoUnavailableException("the MuJoCo tasks need the MuJoCo 2.2.2 library ("
        + String.join(" or ", names) + "), which "
        + (named ? "cannot be loaded (" + firstLine(reason) + ")" : "is not installed")
        + "; install it with: " + INSTALL);
  }

  private static String firstLine(String text) {
    return text == null ? "" : text.lines().findFirst().orElse("").trim();
  }

  /** What {@code mj_version()} of {@code library} answers. */
  private static int version(NativeLibrary library, String where) {
    try {
      return library.getFunction("mj_version").invokeInt(new Object[0]);
    } catch (UnsatisfiedLinkError e) {
      throw new MujocoUnavailableException("the MuJoCo tasks need MuJoCo 2.2.2, but " + where
          + " is not a MuJoCo library (it has no mj_version); install 2.2.2 with: " + INSTALL);
    }
  }

  /** Refuses every version but 2.2.2, naming the one found. */
  static void checkVersion(int found, String where) {
    if (found != REQUIRED_VERSION) {
      throw new MujocoUnavailableException("the MuJoCo tasks need MuJoCo 2.2.2, but " + where
          + " is version " + versionName(found) + " (its data layout differs); install 2.2.2"
          + " with: " + INSTALL);
    }
  }

  /**
   * {@code mj_version()} as a release name: 2.x and early 3.x count major*100 + minor*10 + patch
   * (222), later 3.x major*1000000 + minor*1000 + patch (3014000).
   */
  static String versionName(int version) {
    if (version >= 1_000_000) {
      return version / 1_000_000 + "." + version / 1000 % 1000 + "." + version % 1000;
    }
    return version / 100 + "." + version / 10 % 10 + "." + version % 10;
  }

  // --- The C API (mujoco.h of 2.2.2). m is an mjModel*, d an mjData*. ---

  static native int mj_version();

  /** Compiles an MJCF file; on failure returns 0 and writes the reason into {@code error}. */
  static native long mj_loadXML(String filename, long vfs, byte[] error, int errorSize);

  static native long mj_makeData(long m);

  static native void mj_step(long m, long d);

  static native void mj_forward(long m, long d);

  static native void mj_resetData(long m, long d);

  /** Fills d.cfrc_ext (and cacc, cfrc_int) with the forces of the last step's constraints. */
  static native void mj_rnePostConstraint(long m, long d);

  static native int mj_name2id(long m, int type, String name);

  static native double mj_getTotalmass(long m);

  /** Writes a text dump of every field of the model (used by the tests to check our offsets). */
  static native void mj_printModel(long m, String filename);

  static native void mj_deleteModel(long m);

  static native void mj_deleteData(long d);
}
