/** Serves a store over HTTP: a JSON API for articles, entities, quotes and events, and a web UI that reads it. */
package org.herald.server;
