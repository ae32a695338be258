/**
 * Exercises in the spirit of Spinning Up's problem sets, and the runner that keeps the notebooks
 * honest. Each exercise has a problem to edit ({@code problems}), a worked answer ({@code
 * solutions}) and a check that compares an answer with an independent reference computation
 * ({@code checks}); {@code exercises/check N} runs it. See docs/exercises/README.md.
 */
package org.spinup4j.exercises;
