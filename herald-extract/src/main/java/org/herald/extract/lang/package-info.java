/** The language of a page, from its declaration checked against the script and stopwords of its text. */
package org.herald.extract.lang;
