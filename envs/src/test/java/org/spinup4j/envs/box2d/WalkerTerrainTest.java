package org.spinup4j.envs.box2d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WalkerTerrainTest {
  private static final double EPS = 1e-9;

  @Test
  void startPadIsFlatAndPointsAreEvenlySpaced() {
    for (boolean hardcore : new boolean[] {false, true}) {
      WalkerTerrain t = WalkerTerrain.generate(new Random(1), hardcore);
      for (int i = 0; i <= WalkerTerrain.STARTPAD; i++) {
        assertEquals(WalkerTerrain.HEIGHT, t.y[i], EPS, "start pad point " + i);
      }
      for (int i = 0; i < WalkerTerrain.LENGTH; i++) {
        assertEquals(i * WalkerTerrain.STEP, t.x[i], EPS);
      }
      assertNotEquals(WalkerTerrain.HEIGHT, t.y[WalkerTerrain.STARTPAD + 2], "grass drifts after");
      assertEquals(WalkerTerrain.CLOUDS, t.clouds.size());
    }
  }

  @Test
  void normalTerrainHasNoObstacles() {
    for (long seed = 0; seed < 20; seed++) {
      WalkerTerrain t = WalkerTerrain.generate(new Random(seed), false);
      assertTrue(t.obstacles.isEmpty(), "seed " + seed);
      for (int i = 0; i < WalkerTerrain.LENGTH; i++) {
        assertTrue(Math.abs(t.y[i] - WalkerTerrain.HEIGHT) < 3, "gentle grass, seed " + seed);
      }
    }
  }

  @Test
  void hardcoreObstaclesStartRightAfterTheStartPad() {
    for (long seed = 0; seed < 20; seed++) {
      WalkerTerrain t = WalkerTerrain.generate(new Random(seed), true);
      assertTrue(t.obstacles.size() >= 5, "seed " + seed + ": " + t.obstacles.size());
      double firstLeft = Double.MAX_VALUE;
      for (double[] corner : t.obstacles.get(0)) {
        firstLeft = Math.min(firstLeft, corner[0]);
      }
      // The first counter expiry is at point 19, so the first obstacle is at point 20.
      assertEquals(WalkerTerrain.STARTPAD * WalkerTerrain.STEP, firstLeft, EPS, "seed " + seed);
    }
  }

  @Test
  void pitsSinkThePolylineFourStepsBetweenTheirWalls() {
    int pits = 0;
    for (long seed = 0; seed < 20; seed++) {
      WalkerTerrain t = WalkerTerrain.generate(new Random(seed), true);
      for (int i = 1; i < WalkerTerrain.LENGTH; i++) {
        double drop = t.y[i - 1] - t.y[i];
        if (Math.abs(drop - 4 * WalkerTerrain.STEP) < EPS) {
          pits++;
          // A pit wall box spans exactly from the rim down to the pit floor at x[i - 1].
          boolean wallFound = false;
          for (double[][] box : t.obstacles) {
            wallFound |= box[0][0] == t.x[i - 1] && Math.abs(box[2][1] - t.y[i]) < EPS;
          }
          assertTrue(wallFound, "left wall at point " + (i - 1) + ", seed " + seed);
        }
      }
    }
    assertTrue(pits > 5, "pits found: " + pits);
  }

  @Test
  void sameGeneratorStateGivesSameTerrain() {
    WalkerTerrain a = WalkerTerrain.generate(new Random(42), true);
    WalkerTerrain b = WalkerTerrain.generate(new Random(42), true);
    for (int i = 0; i < WalkerTerrain.LENGTH; i++) {
      assertEquals(a.y[i], b.y[i]);
    }
    assertEquals(a.obstacles.size(), b.obstacles.size());
  }
}
