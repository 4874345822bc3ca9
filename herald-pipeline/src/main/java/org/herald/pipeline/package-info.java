/** Takes a document through extraction, understanding and the store, one call each, for every batch and server. */
package org.herald.pipeline;
