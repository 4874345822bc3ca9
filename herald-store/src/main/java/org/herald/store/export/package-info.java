/** The store's contents written out: events as GDELT, PLOVER, JSON Lines or CSV, read page by page with cursors. */
package org.herald.store.export;
