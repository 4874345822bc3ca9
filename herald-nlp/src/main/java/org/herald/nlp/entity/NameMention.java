package org.herald.nlp.entity;

import org.herald.model.Span;
import org.herald.model.analysis.EntityType;

/** A name in the text: tokens {@code [first, end)} of a sentence, typed by the parser or by our tables. */
record NameMention(int sentence, int first, int end, EntityType type, Span span, String text) {}
