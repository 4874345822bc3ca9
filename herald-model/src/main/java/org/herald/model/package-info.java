/** Immutable records every Herald stage reads and writes: articles, outcomes and warnings. */
package org.herald.model;
