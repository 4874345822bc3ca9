package org.herald.opensearch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.herald.model.analysis.EventMode;
import org.herald.store.DateRange;
import org.herald.store.EventTraits;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/** The event filters of {@code /api/events} and {@code /api/timeline} as one bool query. Codes match by prefix. */
final class EventFilters {
    private EventFilters() {}

    static Query of(Optional<String> source, Optional<String> target, Optional<String> cameo, Optional<String> plover,
                    Optional<String> entity, DateRange dates, EventTraits traits) {
        List<Query> filters = new ArrayList<>();
        // RUS matches RUSGOV, 19 matches 190 and 193: the codes are hierarchical
        source.ifPresent(s -> filters.add(prefix("source_code", s)));
        target.ifPresent(t -> filters.add(prefix("target_code", t)));
        cameo.ifPresent(c -> filters.add(prefix("cameo", c)));
        plover.ifPresent(p -> filters.add(OpenSearchStore.term("plover_key", p.toLowerCase(Locale.ROOT))));
        entity.ifPresent(e -> filters.add(Query.of(q -> q.bool(b -> b.minimumShouldMatch("1")
                .should(OpenSearchStore.term("source_entity", e), OpenSearchStore.term("target_entity", e))))));
        OpenSearchStore.range(filters, dates.from(), dates.to());
        if (!traits.anyMode()) {
            List<FieldValue> modes = traits.modes().stream().map(EventMode::name).sorted().map(FieldValue::of).toList();
            filters.add(Query.of(q -> q.terms(t -> t.field("mode").terms(v -> v.value(modes)))));
        }
        traits.quadClass().ifPresent(qc -> filters.add(Query.of(q -> q.term(t -> t.field("quad")
                .value(FieldValue.of(qc.longValue()))))));
        if (traits.minConfidence() > 0)
            filters.add(Query.of(q -> q.range(r -> r.field("confidence").gte(JsonData.of(traits.minConfidence())))));
        return Query.of(q -> q.bool(b -> b.filter(filters)));
    }

    private static Query prefix(String field, String value) {
        return Query.of(q -> q.prefix(p -> p.field(field).value(value)));
    }
}
