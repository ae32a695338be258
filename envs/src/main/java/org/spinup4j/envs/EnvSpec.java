package org.spinup4j.envs;

import java.util.function.Supplier;

/**
 * A registered environment: its Gymnasium name, its time limit (steps after which an episode is
 * truncated), the return at which it counts as solved (NaN where none is published), and how to
 * build a fresh instance without the time limit.
 */
public record EnvSpec(
    String id, int maxEpisodeSteps, double rewardThreshold, Supplier<Env> factory) {}
