package org.spinup4j.envs.mujoco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MjLibTest {

  @Test
  void theSystemLibraryIsMujoco222() {
    MujocoTests.requireLibrary();
    assertEquals(222, MjLib.mj_version());
  }

  @Test
  void anyOtherVersionIsRefusedInOneLineNamingItAndTheInstallCommand() {
    var e = assertThrows(MujocoUnavailableException.class,
        () -> MjLib.checkVersion(314, "/opt/mujoco/lib/libmujoco.so"));
    assertTrue(e.getMessage().contains("/opt/mujoco/lib/libmujoco.so is version 3.1.4"),
        e.getMessage());
    assertTrue(e.getMessage().contains("apt-get install libmujoco2.2.2"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
    MjLib.checkVersion(222, "libmujoco.so.2.2.2");
  }

  @Test
  void versionNumbersOfBothSchemesAreNamedAsReleases() {
    assertEquals("2.2.2", MjLib.versionName(222));
    assertEquals("3.1.4", MjLib.versionName(314));
    assertEquals("3.14.0", MjLib.versionName(3014000));
  }

  @Test
  void aNamedFileThatIsNoLibraryGivesTheLoadersReason() throws java.io.IOException {
    java.nio.file.Path notALibrary = java.nio.file.Files.createTempFile("libmujoco", ".so");
    try {
      var e = assertThrows(MujocoUnavailableException.class,
          () -> MjLib.open(List.of(notALibrary.toString())));
      assertTrue(e.getMessage().contains("cannot be loaded ("), e.getMessage());
      assertFalse(e.getMessage().contains("\n"));
    } finally {
      java.nio.file.Files.delete(notALibrary);
    }
  }

  @Test
  void aMissingLibraryIsOneLineNamingTheFileAndTheInstallCommand() {
    var e = assertThrows(MujocoUnavailableException.class,
        () -> MjLib.open(List.of("/nonexistent/libmujoco.so.2.2.2")));
    assertTrue(e.getMessage().contains("/nonexistent/libmujoco.so.2.2.2), which is not installed"),
        e.getMessage());
    assertTrue(e.getMessage().contains("apt-get install libmujoco2.2.2"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void theSystemLibraryIsLookedUpByItsVersionedNameFirst() {
    // Debian's runtime package installs only libmujoco.so.2.2.2; libmujoco.so comes with -dev.
    if (System.getProperty("spinup4j.mujoco.library") == null
        && System.getenv("SPINUP4J_MUJOCO_LIB") == null) {
      assertEquals(List.of("libmujoco.so.2.2.2", "libmujoco.so"), MjLib.candidates());
    }
  }
}
