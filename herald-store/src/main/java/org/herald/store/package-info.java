/** Stores analysed articles with their entities, quotes and events, and answers searches and aggregations over them. */
package org.herald.store;
