/** The {@code ./herald} command line: a dispatcher and one small class per command over the library. */
package org.herald.cli;
