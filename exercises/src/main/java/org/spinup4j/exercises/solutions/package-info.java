/**
 * Worked answers to the exercises in {@code org.spinup4j.exercises.problems}, same class names.
 * {@code ./exercises/check N --solution} runs a check against the answer here instead.
 */
package org.spinup4j.exercises.solutions;
