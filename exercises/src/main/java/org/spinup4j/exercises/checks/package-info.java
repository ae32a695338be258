/**
 * The checks behind {@code ./exercises/check N}. Each compares an answer with a reference computed
 * another way (plain Java doubles, a density evaluated directly, a fit measured on known targets),
 * so an answer cannot pass by agreeing with a copy of itself. A check reports one {@link
 * org.spinup4j.exercises.checks.Verdict}: PASS, or FAIL with what was expected and what came back.
 */
package org.spinup4j.exercises.checks;
