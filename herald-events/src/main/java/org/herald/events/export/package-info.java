/** Writing coded events in the formats other systems read: GDELT 2.0 event TSV, PLOVER JSON, JSON Lines. */
package org.herald.events.export;
