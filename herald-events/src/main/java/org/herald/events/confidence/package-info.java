/** How likely a coded event is right: its features, and a model trained on development data that scores them. */
package org.herald.events.confidence;
