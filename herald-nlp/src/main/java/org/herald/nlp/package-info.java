/** Understanding an article: who is in it, when things happened, and who said what. */
package org.herald.nlp;
