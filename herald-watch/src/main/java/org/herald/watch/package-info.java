/**
 * Reads news feeds and sitemaps politely (robots.txt, one request at a time per host, conditional GETs) and hands
 * each new page once to the store's ingestion path, keeping what it has seen in the store's folder.
 */
package org.herald.watch;
