/** Synthetic analysed articles for store benchmarks: deterministic, skewed like news, never shown as real. */
package org.herald.store.synthetic;
