package org.herald.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.herald.store.entities.NameTerm;
import org.herald.store.entities.StoredPeople;

/** The people of a surname in the index: one run of the terms of {@link Fields#PERSON_NAME}. */
final class IndexedPeople implements StoredPeople {
    private final IndexReader reader;

    IndexedPeople(IndexReader reader) {
        this.reader = reader;
    }

    @Override
    public List<Named> withSurname(String surname) throws IOException {
        List<Named> out = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, Fields.PERSON_NAME);
        if (terms == null) return out;
        TermsEnum it = terms.iterator();
        BytesRef start = new BytesRef(NameTerm.prefix(surname));
        if (it.seekCeil(start) == TermsEnum.SeekStatus.END) return out;
        Bits live = MultiBits.getLiveDocs(reader);
        PostingsEnum postings = null;
        // Compared as bytes: the run is read term by term, and most of the cost is here.
        for (BytesRef t = it.term(); t != null && StringHelper.startsWith(t, start); t = it.next()) {
            // docFreq counts documents of deleted articles until their segment merges: a count, not a fact. But a
            // term only deleted articles hold is no person any more: a deleted "Ivanka Trump" must not keep a
            // "Trump" apart (#12). The first live document ends the walk, so a live term costs one posting.
            if (live != null) {
                postings = it.postings(postings, PostingsEnum.NONE);
                if (!anyLive(postings, live)) continue;
            }
            out.add(new Named(NameTerm.parse(t.utf8ToString()), it.docFreq()));
        }
        return out;
    }

    private static boolean anyLive(PostingsEnum postings, Bits live) throws IOException {
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            if (live.get(doc)) return true;
        }
        return false;
    }
}
