package org.herald.store.lucene;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.herald.store.DateRange;
import org.herald.store.EventTraits;

/**
 * The event documents a search or timeline asks for. Actor and CAMEO codes match by prefix because they are
 * hierarchical: RUS covers RUSGOV and RUSMIL, CAMEO 04 covers 040–046. PLOVER types are flat, so they match whole.
 * Modes, quad class and confidence come from {@link EventTraits}; a trait that lets every event through adds no
 * clause, so stores written before modes and confidence were indexed still answer queries that do not ask for them.
 */
record EventFilter(Optional<String> source, Optional<String> target, Optional<String> cameo,
                   Optional<String> plover, Optional<String> entity, DateRange dates, EventTraits traits) {

    Query query() {
        List<Optional<Query>> filters = new ArrayList<>();
        filters.add(code(Fields.SOURCE_CODE, source));
        filters.add(code(Fields.TARGET_CODE, target));
        filters.add(code(Fields.CAMEO, cameo));
        filters.add(given(plover).map(p -> new TermQuery(new Term(Fields.PLOVER, p.toLowerCase(Locale.ROOT)))));
        filters.add(given(entity).map(EventFilter::eitherActor));
        filters.add(Queries.days(dates));
        filters.add(modes(traits));
        filters.add(traits.quadClass().map(q -> IntPoint.newExactQuery(Fields.QUAD_POINT, q)));
        filters.add(traits.minConfidence() > 0
                ? Optional.of(DoublePoint.newRangeQuery(Fields.CONFIDENCE, traits.minConfidence(), 1.0))
                : Optional.empty());
        return Queries.and(Fields.EVENT, Optional.empty(), filters);
    }

    private static Optional<Query> modes(EventTraits traits) {
        if (traits.anyMode()) return Optional.empty();
        List<BytesRef> names = traits.modes().stream().map(m -> new BytesRef(m.name())).toList();
        return Optional.of(new TermInSetQuery(Fields.MODE_KEY, names));
    }

    private static Optional<Query> code(String field, Optional<String> code) {
        return given(code).map(c -> new PrefixQuery(new Term(field, c.toUpperCase(Locale.ROOT))));
    }

    private static Query eitherActor(String entity) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.SOURCE_ENTITY, entity)), Occur.SHOULD)
                .add(new TermQuery(new Term(Fields.TARGET_ENTITY, entity)), Occur.SHOULD)
                .build();
    }

    /** A blank value ("source=" in a URL) means no filter rather than "matches nothing". */
    private static Optional<String> given(Optional<String> value) {
        return value.map(String::strip).filter(v -> !v.isEmpty());
    }
}
