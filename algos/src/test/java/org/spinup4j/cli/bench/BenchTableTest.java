package org.spinup4j.cli.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchTableTest {
  private static Map<String, Object> result(String algo, double secondsPerEpoch) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("algo", algo);
    r.put("median_s_per_epoch", secondsPerEpoch);
    r.put("min_s_per_epoch", secondsPerEpoch);
    r.put("max_s_per_epoch", secondsPerEpoch);
    r.put("env_steps_per_s", 4000 / secondsPerEpoch);
    r.put("acting_fraction", 0.1);
    r.put("env_fraction", 0.0);
    r.put("update_fraction", 0.9);
    r.put("update_gflops", 50.0);
    r.put("engine_ops_per_update", 110.0);
    r.put("rss_mb", 380.0);
    return r;
  }

  @Test
  void withSpinningUpsFiguresEachRowShowsTheRatioAndWhetherItMeetsTheTarget() {
    String table = BenchCommand.table(List.of(result("ddpg", 7.0), result("sac", 18.0)),
        Map.of("ddpg", 10.0, "sac", 20.0));
    String ddpg = table.lines().filter(l -> l.startsWith("ddpg")).findFirst().orElseThrow();
    String sac = table.lines().filter(l -> l.startsWith("sac")).findFirst().orElseThrow();
    // 7 / 10 = 0.70 meets 0.8; 18 / 20 = 0.90 does not.
    assertTrue(ddpg.contains("0.70") && ddpg.contains("0.80 ok"), table);
    assertTrue(sac.contains("0.90") && sac.contains("0.80 --"), table);
    assertTrue(table.contains("ours/SU") && ddpg.contains("110"), table);
  }

  @Test
  void withoutSpinningUpsFiguresThereIsNoRatioAndNoFixedFigure() {
    String table = BenchCommand.table(List.of(result("ppo", 0.5)), Map.of());
    assertFalse(table.contains("ours/SU") || table.contains("target"), table);
    assertTrue(table.lines().anyMatch(l -> l.startsWith("ppo") && l.contains("0.500")), table);
  }
}
