/**
 * Located problems: a {@link org.committeepapers.problem.Problem} names the file, line and column, says what
 * was expected and how to fix it; {@link org.committeepapers.problem.Problems} collects every one a run finds.
 *
 * <p>Below every stage, so any stage may report. Imports nothing of the project.
 */
package org.committeepapers.problem;
