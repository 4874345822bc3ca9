/** Coding political events from parsed sentences: who did what to whom, in CAMEO, with modality and provenance. */
package org.herald.events.coding;
