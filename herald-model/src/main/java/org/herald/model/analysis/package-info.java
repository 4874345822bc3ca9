/** What the understanding stage finds in an article: entities, time expressions and quotes. */
package org.herald.model.analysis;
