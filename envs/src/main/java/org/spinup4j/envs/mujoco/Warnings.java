package org.spinup4j.envs.mujoco;

import com.sun.jna.Callback;
import com.sun.jna.CallbackReference;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

/**
 * Routes MuJoCo's warnings (an unstable simulation that it reset, say) to standard error. Left
 * alone, MuJoCo 2.2.2 would also append them to a file MUJOCO_LOG.TXT in whatever folder the run
 * was started from.
 */
final class Warnings {
  /** The C signature {@code void (*)(const char*)}. */
  interface Handler extends Callback {
    void invoke(String message);
  }

  /** Held here so that the garbage collector never frees the function pointer MuJoCo calls. */
  private static final Handler TO_STDERR = message -> System.err.println("MuJoCo warning: " + message);

  private Warnings() {}

  static void install(NativeLibrary library) {
    Pointer slot = library.getGlobalVariableAddress("mju_user_warning");
    slot.setPointer(0, CallbackReference.getFunctionPointer(TO_STDERR));
  }
}
