/** The CAMEO event codebook: labels, Goldstein scores, quad classes and the conversion to PLOVER. */
package org.herald.events.cameo;
