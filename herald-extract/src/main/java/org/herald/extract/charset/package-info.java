/** Turning a page's bytes into text: byte-order marks, declared charsets, and sniffing when they lie. */
package org.herald.extract.charset;
