package org.herald.eval;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.model.analysis.Mention;
import org.herald.nlp.entity.EntityFinder;
import org.herald.nlp.text.ParsedText;
import org.herald.nlp.text.TextParser;

/**
 * Scores the people and organisations of {@link EntityFinder} on PolNeAR's articles (issue 10). Gold: the country the
 * Phoenix country actor dictionary gives a person ({@link PhoenixPeople}); a person Herald finds whose name the
 * dictionary lists counts, and the country is right when it is the dictionary's. Each article is analysed with its
 * date (from the file name) as reference, as {@code analyze} does with a page's published date. Two diagnostics
 * without gold are printed beside: the share of all people with a country (PolNeAR is US campaign news, so nearly
 * every person has one), and organisations named only by title words, found by a pattern written here apart from
 * Herald's own title table ("State" after "Secretary of", "Defense" before "Secretary").
 */
final class EntityEval {
    private static final Pattern DATE = Pattern.compile("_(\\d{4}-\\d{2}-\\d{2})_");
    private static final Pattern TITLE_AFTER = Pattern.compile(
            "^\\s+(?:Secretary|Speaker|Minister|Majority Leader|Minority Leader|Commissioner)\\b");
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?:Secretary|Minister) of\\s+$");

    private final TextParser parser;
    private final PhoenixPeople gold;
    private final EntityFinder finder = new EntityFinder();

    EntityEval(TextParser parser, PhoenixPeople gold) {
        this.parser = parser;
        this.gold = gold;
    }

    SuiteReport score(List<PolnearSuite.Article> articles) {
        int people = 0;
        int withCountry = 0;
        int listed = 0;
        int given = 0;
        int right = 0;
        int orgs = 0;
        int titleOrgs = 0;
        List<String> misses = new ArrayList<>();
        for (PolnearSuite.Article a : articles) {
            ParsedText parsed = parser.parse(a.text());
            Optional<LocalDate> date = date(a.name());
            List<Entity> entities = date.isPresent() ? finder.find(parsed, date.get()) : finder.find(parsed);
            for (Entity e : entities) {
                if (e.type() == EntityType.ORGANIZATION) {
                    orgs++;
                    if (e.mentions().stream().allMatch(m -> titleWords(a.text(), m))) {
                        titleOrgs++;
                        misses.add(a.name() + ": organisation of title words: " + e.name());
                    }
                }
                if (e.type() != EntityType.PERSON) continue;
                people++;
                if (e.country().isPresent()) withCountry++;
                else misses.add(a.name() + ": no country: " + e.name() + e.title().map(t -> " (" + t + ")").orElse(""));
                Optional<String> expected = gold.country(e.name());
                if (expected.isEmpty()) continue;
                listed++;
                if (e.country().isPresent()) given++;
                if (e.country().equals(expected)) {
                    right++;
                } else {
                    misses.add(a.name() + ": " + e.name() + " country " + e.country().orElse("none") + ", gold "
                            + expected.get());
                }
            }
        }
        Map<String, Ratio> m = new LinkedHashMap<>();
        m.put("listed_people_country_right", new Ratio(right, listed));
        m.put("listed_people_country_given", new Ratio(given, listed));
        m.put("listed_people_country_precision", new Ratio(right, given));
        m.put("people_with_country_no_gold", new Ratio(withCountry, people));
        m.put("organisations_of_title_words_no_gold", new Ratio(titleOrgs, orgs));
        String details = String.format(Locale.ROOT, "%d articles, %d people (%d listed in Phoenix), %d organisations%n%n%s",
                articles.size(), people, listed, orgs,
                SuiteReport.sideBySide(List.of("value"), List.of(new SuiteReport(m, "", List.of()))));
        return new SuiteReport(m, details, misses);
    }

    private static Optional<LocalDate> date(String article) {
        var m = DATE.matcher(article);
        if (!m.find()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean titleWords(String text, Mention m) {
        int start = m.span().start();
        int end = m.span().end();
        return TITLE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 20))).find()
                || TITLE_BEFORE.matcher(text.substring(Math.max(0, start - 20), start)).find();
    }
}
