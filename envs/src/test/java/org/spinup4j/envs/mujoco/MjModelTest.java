package org.spinup4j.envs.mujoco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What Java reads through {@link MjLayout}'s offsets agrees with what MuJoCo itself prints of the
 * same compiled model (mj_printModel), field by field: a wrong offset would read another field.
 */
class MjModelTest {
  @TempDir Path dir;

  @BeforeEach
  void library() {
    MujocoTests.requireLibrary();
  }

  @ParameterizedTest
  @ValueSource(strings = {"half_cheetah.xml", "hopper.xml", "walker2d.xml", "ant.xml", "swimmer.xml"})
  void fieldsReadThroughTheOffsetsMatchMujocosOwnDump(String file) throws IOException {
    try (MjModel m = MjModel.load(file)) {
      Path dump = dir.resolve(file + ".txt");
      m.print(dump);
      Map<String, List<Double>> printed = parse(Files.readAllLines(dump));
      assertEquals(printed.get("nq").get(0), m.nq, "nq");
      assertEquals(printed.get("nv").get(0), m.nv, "nv");
      assertEquals(printed.get("nu").get(0), m.nu, "nu");
      assertEquals(printed.get("nbody").get(0), m.nbody, "nbody");
      assertEquals(printed.get("njnt").get(0), m.njnt, "njnt");
      assertEquals(printed.get("ngeom").get(0), m.ngeom, "ngeom");
      assertClose(printed.get("timestep"), new double[] {m.timestep()}, "timestep");
      assertEquals(printed.get("integrator").get(0), m.integrator(), "integrator");
      assertClose(printed.get("totalmass"), new double[] {m.totalMass()}, "totalmass");
      assertClose(printed.get("qpos0"), m.qpos0(), "qpos0");
      assertClose(printed.get("body_mass"), m.bodyMass(), "body_mass");
      assertClose(printed.get("body_pos"), m.bodyPos(), "body_pos");
      assertClose(printed.get("body_parentid"), toDoubles(m.bodyParentId()), "body_parentid");
      assertClose(printed.get("jnt_type"), toDoubles(m.jointType()), "jnt_type");
      assertClose(printed.get("jnt_qposadr"), toDoubles(m.jointQposAddress()), "jnt_qposadr");
      assertClose(printed.get("jnt_range"), m.jointRange(), "jnt_range");
      assertClose(printed.get("jnt_stiffness"), m.jointStiffness(), "jnt_stiffness");
      assertClose(printed.get("dof_armature"), m.dofArmature(), "dof_armature");
      assertClose(printed.get("dof_damping"), m.dofDamping(), "dof_damping");
      assertClose(printed.get("geom_type"), toDoubles(m.geomType()), "geom_type");
      assertClose(printed.get("geom_bodyid"), toDoubles(m.geomBodyId()), "geom_bodyid");
      assertClose(printed.get("geom_contype"), toDoubles(m.geomContype()), "geom_contype");
      assertClose(printed.get("geom_conaffinity"), toDoubles(m.geomConaffinity()), "geom_conaffinity");
      assertClose(printed.get("geom_size"), m.geomSize(), "geom_size");
      assertClose(printed.get("geom_friction"), m.geomFriction(), "geom_friction");
      float[] rgba = m.geomRgba();
      double[] rgbaD = new double[rgba.length];
      for (int i = 0; i < rgba.length; i++) {
        rgbaD[i] = rgba[i];
      }
      assertClose(printed.get("geom_rgba"), rgbaD, "geom_rgba");
      assertClose(printed.get("actuator_trnid"), toDoubles(m.actuatorTarget()), "actuator_trnid");
      assertClose(printed.get("actuator_ctrlrange"), m.actuatorCtrlRange(), "actuator_ctrlrange");
      assertClose(printed.get("actuator_gear"), m.actuatorGear(), "actuator_gear");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"half_cheetah.xml", "hopper.xml", "walker2d.xml", "ant.xml", "swimmer.xml"})
  void theBodyMassesReadFromJavaAddUpToMujocosTotal(String file) {
    try (MjModel m = MjModel.load(file)) {
      double sum = 0;
      for (double mass : m.bodyMass()) {
        sum += mass;
      }
      assertEquals(m.totalMass(), sum, 1e-9);
    }
  }

  @Test
  void aClosedModelAndItsDataRefuseUseAndCloseTwiceHarmlessly() {
    MjModel m = MjModel.load("hopper.xml");
    MjData d = new MjData(m);
    d.close();
    d.close();
    assertThrows(IllegalStateException.class, d::step);
    assertThrows(IllegalStateException.class, d::qpos);
    m.close();
    m.close();
    assertThrows(IllegalStateException.class, m::timestep);
    assertThrows(IllegalStateException.class, () -> new MjData(m));
  }

  @Test
  void anUnknownModelFileIsRefused() {
    var e = assertThrows(IllegalArgumentException.class, () -> MjModel.load("nowhere.xml"));
    assertTrue(e.getMessage().contains("nowhere.xml"));
  }

  @Test
  void namesResolveToMujocosIds() {
    try (MjModel m = MjModel.load("ant.xml")) {
      assertEquals(1, m.id(MjModel.ObjType.BODY, "torso"));
      assertEquals(0, m.id(MjModel.ObjType.GEOM, "floor"));
      assertEquals(-1, m.id(MjModel.ObjType.JOINT, "no_such_joint"));
      // The first motor drives hip_4; MuJoCo names it after its joint in our model.
      assertEquals(0, m.id(MjModel.ObjType.ACTUATOR, "hip_4"));
      assertEquals(m.id(MjModel.ObjType.JOINT, "hip_4"), m.actuatorTarget()[0]);
    }
  }

  /**
   * mj_printModel's text: "name  v v v" lines at the top level and indented inside each object
   * block; the values of a field are gathered across all blocks, in order.
   */
  private static Map<String, List<Double>> parse(List<String> lines) {
    Map<String, List<Double>> fields = new LinkedHashMap<>();
    for (String line : lines) {
      String[] parts = line.trim().split("\\s+");
      if (parts.length < 2 || !parts[0].matches("[a-z_0-9]+")) {
        continue;
      }
      List<Double> values = new ArrayList<>();
      for (int i = 1; i < parts.length; i++) {
        try {
          values.add(Double.parseDouble(parts[i]));
        } catch (NumberFormatException e) {
          values = null;
          break;
        }
      }
      if (values != null) {
        fields.computeIfAbsent(parts[0], k -> new ArrayList<>()).addAll(values);
      }
    }
    return fields;
  }

  /** MuJoCo prints 2 to 3 significant digits, so agreement is to that precision. */
  private static void assertClose(List<Double> printed, double[] read, String field) {
    assertTrue(printed != null, field + " is missing from MuJoCo's dump");
    assertEquals(printed.size(), read.length, field + " length");
    for (int i = 0; i < read.length; i++) {
      double p = printed.get(i);
      assertEquals(p, read[i], 0.05 * Math.abs(p) + 1e-6, field + "[" + i + "]");
    }
  }

  private static double[] toDoubles(int[] values) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i];
    }
    return out;
  }
}
