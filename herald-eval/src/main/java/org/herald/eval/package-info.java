/** Scores Herald's stages on the shared evaluation suites and writes the results to docs/BENCHMARKS.md. */
package org.herald.eval;
