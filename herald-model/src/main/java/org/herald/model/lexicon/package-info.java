/**
 * Reading Herald's data tables: UTF-8 TSV lexicons and pattern lists on the class path, shared by every stage
 * so that a bad row always fails the same way, with its file and line.
 */
package org.herald.model.lexicon;
