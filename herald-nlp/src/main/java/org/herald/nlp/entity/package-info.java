/**
 * Who is in an article: named-entity mentions found by the parser and our place tables, resolved within the article
 * into people, organisations and places with their roles and countries.
 */
package org.herald.nlp.entity;
