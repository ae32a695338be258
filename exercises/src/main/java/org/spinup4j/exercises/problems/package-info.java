/**
 * The exercises to solve: edit these files where they say TODO, then run {@code
 * ./exercises/check N}. Each file states its task in its class comment; docs/exercises/ gives
 * hints. The answers are in {@code org.spinup4j.exercises.solutions}: try first.
 */
package org.spinup4j.exercises.problems;
