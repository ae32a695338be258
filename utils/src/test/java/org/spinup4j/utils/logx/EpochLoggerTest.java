package org.spinup4j.utils.logx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpochLoggerTest {
  @TempDir Path tmp;

  private EpochLogger newLogger() {
    return new EpochLogger(tmp.resolve("run"), new PrintStream(new ByteArrayOutputStream()));
  }

  private List<String> progressLines() throws IOException {
    return Files.readAllLines(tmp.resolve("run/progress.txt"));
  }

  @Test
  void aNanOrInfiniteLossStopsTheRunButALossWithNothingStoredYetDoesNot() throws IOException {
    try (EpochLogger logger = newLogger()) {
      logger.logTabular("Epoch", 0);
      logger.logTabular("LossPi", false, true); // no update yet: NaN, as in the reference
      logger.dumpTabular();
      logger.logTabular("Epoch", 1);
      logger.store("LossPi", 0.5, Double.POSITIVE_INFINITY);
      DivergedException e = assertThrows(DivergedException.class,
          () -> logger.logTabular("LossPi", false, true));
      assertEquals("LossPi is inf in epoch 2 of the run, so training diverged (a smaller"
          + " learning rate may help); progress.txt keeps the 1 complete rows before it and no"
          + " model was saved before it", e.getMessage());
    }
    assertEquals(List.of("Epoch\tLossPi", "0\tnan"), progressLines());
  }

  @Test
  void statsUsePopulationStandardDeviation() {
    try (EpochLogger logger = newLogger()) {
      logger.store("EpRet", 2, 4, 4, 4);
      logger.store("EpRet", 5, 5, 7, 9);
      Stats s = logger.stats("EpRet");
      assertEquals(5.0, s.mean());
      assertEquals(2.0, s.std(), 1e-12); // the sample std would be 2.138
      assertEquals(2.0, s.min());
      assertEquals(9.0, s.max());
      assertEquals(8, s.count());
    }
  }

  @Test
  void logTabularWritesAverageStdMaxMinInThatOrder() throws IOException {
    try (EpochLogger logger = newLogger()) {
      logger.store("EpRet", 1, 3);
      logger.logTabular("EpRet", true, false);
      logger.dumpTabular();
    }
    assertEquals(
        List.of("AverageEpRet\tStdEpRet\tMaxEpRet\tMinEpRet", "2.0\t1.0\t3.0\t1.0"),
        progressLines());
  }

  @Test
  void averageOnlyWritesTheBareKey() throws IOException {
    try (EpochLogger logger = newLogger()) {
      logger.store("LossPi", 0.25, 0.75);
      logger.logTabular("LossPi", false, true);
      logger.store("EpLen", 10);
      logger.logTabular("EpLen", false, false);
      logger.dumpTabular();
    }
    assertEquals(List.of("LossPi\tAverageEpLen\tStdEpLen", "0.5\t10.0\t0.0"), progressLines());
  }

  @Test
  void loggingAKeyClearsItsStoreForTheNextEpoch() throws IOException {
    try (EpochLogger logger = newLogger()) {
      logger.store("V", 100);
      logger.logTabular("V", false, true);
      logger.dumpTabular();
      assertEquals(0, logger.stats("V").count());
      logger.store("V", 1, 2);
      logger.logTabular("V", false, true);
      logger.dumpTabular();
    }
    assertEquals(List.of("V", "100.0", "1.5"), progressLines());
  }

  @Test
  void aSmallerEpochAfterALargerOneSeesOnlyItsOwnValues() throws IOException {
    try (EpochLogger logger = newLogger()) {
      logger.store("V", 7, 8, 9);
      logger.logTabular("V", true, false);
      logger.dumpTabular();
      logger.store("V", 1);
      logger.logTabular("V", true, false);
      logger.dumpTabular();
    }
    assertEquals("1.0\t0.0\t1.0\t1.0", progressLines().get(2));
  }

  @Test
  void laterEpochsReuseAKeysArrayInsteadOfAllocatingANewOne() {
    // An off-policy epoch stores 400,000 Q values; a fresh array each epoch would be long-lived
    // garbage, which is what made the resident memory of long SAC runs climb.
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    double[] minibatch = new double[100_000];
    try (EpochLogger logger = newLogger()) {
      logger.store("QVals", minibatch);
      logger.logTabular("QVals", true, false);
      logger.dumpTabular();
      long before = threads.getCurrentThreadAllocatedBytes();
      logger.store("QVals", minibatch);
      logger.logTabular("QVals", true, false);
      logger.dumpTabular();
      long allocated = threads.getCurrentThreadAllocatedBytes() - before;
      assertTrue(allocated < 100_000, "second epoch allocated " + allocated + " bytes");
    }
  }

  @Test
  void aKeyWithNothingStoredLogsNan() throws IOException {
    try (EpochLogger logger = newLogger()) {
      Stats s = logger.stats("LossQ");
      assertTrue(Double.isNaN(s.mean()));
      assertEquals(Double.POSITIVE_INFINITY, s.min());
      logger.logTabular("LossQ", true, false);
      logger.dumpTabular();
    }
    assertEquals("nan\tnan\t-inf\tinf", progressLines().get(1));
  }

  @Test
  void plainValuesCanBeLoggedBesideStatistics() throws IOException {
    try (EpochLogger logger = newLogger()) {
      logger.logTabular("Epoch", 3);
      logger.store("KL", 0.01);
      logger.logTabular("KL", false, true);
      logger.dumpTabular();
    }
    assertEquals(List.of("Epoch\tKL", "3\t0.01"), progressLines());
  }
}
