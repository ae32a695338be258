package org.spinup4j.exercises.checks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spinup4j.algos.engine.Torch;

class QLearningCheckTest {
  private NDManager manager;
  private QLearningCheck.Problem problem;

  @BeforeEach
  void start() {
    manager = Torch.newManager(Device.cpu());
    problem = QLearningCheck.Problem.make(manager, new Random(3));
  }

  @AfterEach
  void stop() {
    manager.close();
  }

  private QLearningCheck.Learner learner(QLearningCheck.Factory factory) {
    return factory.create(manager, QLearningCheck.OBS_DIM, 1, 0.99, 0.995, 3e-3, new Random(4));
  }

  @Test
  void theShippedBugMakesTheLossDifferFromTheMeanSquaredError() {
    assumeTrue(ShippedProblem.isShipped(Exercise.Q_LEARNING_BUG),
        () -> ShippedProblem.skipReason(Exercise.Q_LEARNING_BUG));
    Verdict v = QLearningCheck.lossIsMeanSquaredError(learner(Exercise::problemLearner), problem);
    assertFalse(v.passed());
    assertTrue(v.message().contains("print the shapes"), v.message());
  }

  @Test
  void theShippedBugLeavesQUnableToFitItsTargets() {
    assumeTrue(ShippedProblem.isShipped(Exercise.Q_LEARNING_BUG),
        () -> ShippedProblem.skipReason(Exercise.Q_LEARNING_BUG));
    Verdict v = QLearningCheck.fitsTheTargets(learner(Exercise::problemLearner), problem);
    assertFalse(v.passed(), v.line());
    assertTrue(v.message().contains("R^2"), v.message());
  }

  @Test
  void theFixMakesBothHold() {
    QLearningCheck.Learner fixed = learner(Exercise::solvedLearner);
    Verdict loss = QLearningCheck.lossIsMeanSquaredError(fixed, problem);
    assertTrue(loss.passed(), loss.line());
    Verdict fit = QLearningCheck.fitsTheTargets(fixed, problem);
    assertTrue(fit.passed(), fit.line());
  }
}
