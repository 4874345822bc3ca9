package org.herald.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractSettings;
import org.herald.extract.RawDocument;
import org.herald.model.Article;
import org.herald.model.BodyConfidence;
import org.herald.model.Outcome;

/**
 * The pages of the Fundus and Trafilatura suites as examples for the body confidence (#10): each page's measured
 * signals, the confidence the shipped model gives, and whether its body is bad. Bad on Fundus: body F1 under
 * {@link #BAD_F1} where the gold has text (catastrophic pages included). Bad on Trafilatura: under half of the page's
 * must-contain segments found, or more of its must-not-contain segments kept than must-contain ones found. A page has
 * two to four segments, so a page F1 under 0.8 there is one segment missed, not a wrong block; the F1 reported is the
 * page's own (found as true positives, kept as false positives, as upstream sums them over the suite). Pages that give no article at all are failures already and are
 * counted apart.
 */
final class BodyConfidenceCases {
    static final double BAD_F1 = 0.8;

    /** One page: its suite, name, signals, the shipped model's confidence and its label. */
    record Case(String suite, String name, BodyConfidence confidence, double f1, boolean bad) {}

    /** The cases of one split, with how many pages gave no article. */
    record Cases(List<Case> cases, int failed) {}

    private final ArticleExtractor extractor = new ArticleExtractor(ExtractSettings.defaults());

    Cases fundus(List<FundusSuite.Page> pages) {
        List<Case> out = new ArrayList<>();
        int failed = 0;
        for (FundusSuite.Page page : pages) {
            RawDocument doc = new RawDocument(page.name(), FundusEval.gunzip(page.file()), page.url(),
                    RawDocument.Format.HTML);
            Optional<Article> article = article(extractor.extract(doc));
            if (article.isEmpty() || article.get().bodyConfidence().isEmpty()) {
                failed++;
                continue;
            }
            ShingleOverlap.Score s = ShingleOverlap.score(article.get().body(), page.body());
            if (ShingleOverlap.words(page.body()).isEmpty()) continue; // nothing to be right or wrong about
            double f1 = f1(s.precision(), s.recall());
            out.add(new Case("fundus", page.name(), article.get().bodyConfidence().get(), f1, f1 < BAD_F1));
        }
        return new Cases(out, failed);
    }

    Cases trafilatura(List<TrafilaturaSuite.Page> pages) {
        List<Case> out = new ArrayList<>();
        int failed = 0;
        for (TrafilaturaSuite.Page page : pages) {
            RawDocument doc = new RawDocument(page.name(), FundusEval.gunzip(page.file()), page.url(),
                    RawDocument.Format.HTML);
            Optional<Article> article = article(extractor.extract(doc));
            if (article.isEmpty() || article.get().bodyConfidence().isEmpty()) {
                failed++;
                continue;
            }
            if (page.with().isEmpty()) continue;
            String body = TrafilaturaEval.normalise(article.get().body());
            long found = page.with().stream().filter(x -> body.contains(TrafilaturaEval.normalise(x))).count();
            long kept = page.without().stream().filter(x -> body.contains(TrafilaturaEval.normalise(x))).count();
            double precision = found + kept == 0 ? 0 : (double) found / (found + kept);
            double recall = (double) found / page.with().size();
            double f1 = f1(precision, recall);
            out.add(new Case("trafilatura", page.name(), article.get().bodyConfidence().get(), f1,
                    recall < 0.5 || kept > found));
        }
        return new Cases(out, failed);
    }

    private static Optional<Article> article(Outcome<Article> outcome) {
        return outcome instanceof Outcome.Ok<Article> ok ? Optional.of(ok.value()) : Optional.empty();
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
