/** Reads web archives (WARC, ARC) record by record and hands their HTML responses on as documents, with offsets. */
package org.herald.archive;
