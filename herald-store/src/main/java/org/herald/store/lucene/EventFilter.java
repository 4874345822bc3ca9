package org.herald.store.lucene;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.herald.store.DateRange;

/**
 * The event documents a search or timeline asks for. Actor and CAMEO codes match by prefix because they are
 * hierarchical: RUS covers RUSGOV and RUSMIL, CAMEO 04 covers 040–046. PLOVER types are flat, so they match whole.
 */
record EventFilter(Optional<String> source, Optional<String> target, Optional<String> cameo,
                   Optional<String> plover, Optional<String> entity, DateRange dates) {

    Query query() {
        List<Optional<Query>> filters = new ArrayList<>();
        filters.add(code(Fields.SOURCE_CODE, source));
        filters.add(code(Fields.TARGET_CODE, target));
        filters.add(code(Fields.CAMEO, cameo));
        filters.add(given(plover).map(p -> new TermQuery(new Term(Fields.PLOVER, p.toLowerCase(Locale.ROOT)))));
        filters.add(given(entity).map(EventFilter::eitherActor));
        filters.add(Queries.days(dates));
        return Queries.and(Fields.EVENT, Optional.empty(), filters);
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
