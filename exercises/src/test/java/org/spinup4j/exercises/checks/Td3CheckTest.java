package org.spinup4j.exercises.checks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.spinup4j.algos.buffers.ReplayBuffer;
import org.spinup4j.algos.nn.DeterministicActor;
import org.spinup4j.algos.nn.QFunction;

class Td3CheckTest {

  @Test
  void theSolutionHasAllThreeTricks() {
    Verdict v = Td3Check.tricks(Exercise::solvedTd3);
    assertTrue(v.passed(), v.line());
  }

  @Test
  void noSmoothingNoiseIsNamedAsTrickOneAlone() {
    Verdict v = Td3Check.tricks(broken(l -> new Delegate(l) {
      @Override
      public NDArray targetAction(NDArray o2) {
        return l.targetPolicy().forward(o2);
      }
    }));
    assertFalse(v.passed());
    assertTrue(v.message().startsWith("1 of TD3's 3 tricks"), v.message());
    assertTrue(v.message().contains("trick 1, target policy smoothing"), v.message());
  }

  @Test
  void unclippedNoiseIsNamed() {
    Verdict v = Td3Check.tricks(broken(l -> new Delegate(l) {
      @Override
      public NDArray targetAction(NDArray o2) {
        NDArray mu = l.targetPolicy().forward(o2);
        return mu.add(mu.getManager().randomNormal(mu.getShape()).mul(0.2));
      }
    }));
    assertFalse(v.passed());
    assertTrue(v.message().contains("clip eps"), v.message());
  }

  @Test
  void aBackupFromQ1AloneIsNamedAsTrickTwoAlone() {
    Verdict v = Td3Check.tricks(broken(l -> new Delegate(l) {
      @Override
      public NDArray backup(ReplayBuffer.Batch b) {
        NDArray a2 = l.targetAction(b.obs2());
        return b.rew().add(b.done().neg().add(1).mul(l.q1Target().forward(b.obs2(), a2))
            .mul(0.99));
      }
    }));
    assertFalse(v.passed());
    assertTrue(v.message().startsWith("1 of TD3's 3 tricks"), v.message());
    assertTrue(v.message().contains("uses Q1_targ only"), v.message());
  }

  @Test
  void aPolicyUpdatedEveryStepIsNamedAsTrickThreeAlone() {
    Verdict v = Td3Check.tricks(broken(l -> new Delegate(l) {
      @Override
      public void update(ReplayBuffer.Batch b, int j) {
        l.update(b, 0);
      }
    }));
    assertFalse(v.passed());
    assertTrue(v.message().startsWith("1 of TD3's 3 tricks"), v.message());
    assertTrue(v.message().contains("trick 3, delayed policy updates"), v.message());
  }

  private static Td3Check.Factory broken(UnaryOperator<Td3Check.Learner> change) {
    return (manager, obsDim, scaler, spec, s, rng) ->
        change.apply(Exercise.solvedTd3(manager, obsDim, scaler, spec, s, rng));
  }

  /** The solution, one method of which a test overrides. */
  private static class Delegate implements Td3Check.Learner {
    private final Td3Check.Learner l;

    Delegate(Td3Check.Learner l) {
      this.l = l;
    }

    @Override
    public NDArray targetAction(NDArray o2) {
      return l.targetAction(o2);
    }

    @Override
    public NDArray backup(ReplayBuffer.Batch b) {
      return l.backup(b);
    }

    @Override
    public void update(ReplayBuffer.Batch b, int j) {
      l.update(b, j);
    }

    @Override
    public DeterministicActor policy() {
      return l.policy();
    }

    @Override
    public DeterministicActor targetPolicy() {
      return l.targetPolicy();
    }

    @Override
    public QFunction q1Target() {
      return l.q1Target();
    }

    @Override
    public QFunction q2Target() {
      return l.q2Target();
    }
  }
}
