/** Runs Herald on a Spark cluster: web archives in, tables of articles, entities, quotes, events and errors out. */
package org.herald.spark;
