/** Articles from text already scraped off a page, furniture included: classifies lines from their features. */
package org.herald.extract.text;
