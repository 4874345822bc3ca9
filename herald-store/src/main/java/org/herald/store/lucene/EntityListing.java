package org.herald.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.herald.store.EntityPage;
import org.herald.store.EntitySummary;

/**
 * Every entity in id order, read from the terms of {@link Fields#ENTITY_ID}: a page is the next ids after the
 * cursor, each summed from its own postings ({@link EntityStats#summaries}), so deep pages cost no more than the
 * first. An id whose articles were all deleted keeps its term until segments merge; it is skipped.
 */
final class EntityListing {
    private final EntityStats stats;

    EntityListing(EntityStats stats) {
        this.stats = stats;
    }

    EntityPage list(IndexSearcher searcher, Optional<String> type, Optional<String> after,
                    int limit) throws IOException {
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), Fields.ENTITY_ID);
        if (terms == null || limit == 0) return new EntityPage(List.of(), Optional.empty());
        String prefix = type.map(t -> t + ":").orElse("");
        TermsEnum it = terms.iterator();
        String from = after.filter(a -> a.compareTo(prefix) > 0).orElse(prefix);
        TermsEnum.SeekStatus status = it.seekCeil(new BytesRef(from));
        if (status == TermsEnum.SeekStatus.END) return new EntityPage(List.of(), Optional.empty());
        BytesRef term = it.term();
        if (status == TermsEnum.SeekStatus.FOUND && after.isPresent() && from.equals(after.get())) term = it.next();
        List<String> ids = new ArrayList<>();
        while (term != null && ids.size() < limit) {
            String id = term.utf8ToString();
            if (!id.startsWith(prefix)) {
                term = null;
                break;
            }
            ids.add(id);
            term = it.next();
        }
        boolean more = term != null && term.utf8ToString().startsWith(prefix);
        List<EntitySummary> page = stats.summaries(searcher, ids, false).stream()
                .map(EntityStats.Detail::summary).toList();
        return new EntityPage(page, more ? Optional.of(ids.get(ids.size() - 1)) : Optional.empty());
    }
}
