package org.herald.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.herald.model.Article;
import org.herald.model.Span;
import org.herald.model.analysis.Analysis;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.model.analysis.Mention;
import org.herald.model.json.AnalysisJson;
import org.herald.store.EntityKeys;
import org.herald.store.StoredArticle;
import org.herald.store.entities.NameTerm;
import org.herald.store.entities.ResolvedEntity;
import org.herald.store.lucene.LuceneStore;
import org.herald.store.lucene.StoryFill;

/**
 * {@code ./herald bench rejoin}: what deciding surname-only people again costs (#12,
 * {@link org.herald.store.entities.SurnameJoins}). Fills a Lucene store ({@link StoryFill}, with the name terms the
 * resolver would have written) with N invented surnames, each with one to three full-name people of roles in
 * different fields and three articles naming the surname alone ("Senator X", "Coach X", "X"), stored apart as if
 * they came first; then times {@link LuceneStore#rejoinPeople} (every surname decided again, the changed ones put
 * again), the same once more (nothing left to change: the decisions alone), and commits of articles that name a new
 * full name of existing surnames, against commits of articles naming no one.
 */
final class RejoinBench {
    static final String USAGE = """
            usage: herald bench rejoin --store DIR [--surnames N] [--puts N] [--keep]

            Fills the store folder DIR (new or empty) with N invented surnames (default 5000): each with one to
            three people of full name (roles in government, sport, law, religion, arts; two articles each) and three
            articles naming the surname alone with a role, another role or none, stored apart. Then times
            `entities --rejoin` (every surname decided again) twice, and --puts (default 200) articles naming a
            new senator of an existing surname, committed every 50, against as many articles naming no one. The
            folder is deleted at the end unless --keep.
            """;
    private static final String[] GIVEN = {"John", "Mary", "Tom", "Ann", "Ivan", "Li", "Omar", "Sara"};
    private static final String[] ROLES = {"Senator", "Coach", "Judge", "Bishop", "Governor", "Actor"};
    private static final String[] SURNAME_ONLY_ROLES = {"Senator", "Coach", ""};
    private static final int COMMIT_EVERY = 50;
    private static final EntityKeys KEYS = new EntityKeys();

    private RejoinBench() {}

    static int run(List<String> args, Streams io) {
        if (args.contains("--help") || args.contains("-h")) {
            io.out().print(USAGE);
            return ExitCode.OK;
        }
        Path dir = null;
        int surnames = 5_000;
        int puts = 200;
        boolean keep = false;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--store" -> dir = Path.of(value(args, ++i));
                case "--surnames" -> surnames = Integer.parseInt(value(args, ++i));
                case "--puts" -> puts = Integer.parseInt(value(args, ++i));
                case "--keep" -> keep = true;
                default -> throw new UsageException("unknown option " + args.get(i), USAGE);
            }
        }
        if (dir == null) throw new UsageException("--store DIR is required", USAGE);
        if (surnames < 1 || puts < 1) throw new UsageException("counts must be at least 1", USAGE);
        if (!StoreClusterBench.empty(dir)) throw new UsageException("the store folder must be new or empty: " + dir, USAGE);
        try {
            Files.createDirectories(dir);
            measure(dir, surnames, puts, io);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!keep) StoreClusterBench.delete(dir);
        }
        return ExitCode.OK;
    }

    private static void measure(Path dir, int surnames, int puts, Streams io) throws IOException {
        AnalysisJson json = new AnalysisJson();
        try (LuceneStore store = LuceneStore.open(dir)) {
            long start = System.nanoTime();
            long terms = 0;
            try (StoryFill fill = new StoryFill(store, 1024)) {
                int n = 0;
                for (int s = 0; s < surnames; s++) {
                    String surname = surname(s);
                    int people = 1 + s % 3;
                    for (int p = 0; p < people; p++) {
                        String name = GIVEN[(s + p) % GIVEN.length] + " " + surname;
                        String role = ROLES[(s + 2 * p) % ROLES.length];
                        for (int copy = 0; copy < 2; copy++) add(fill, json, n++, name, role);
                        terms++;
                    }
                    for (String role : SURNAME_ONLY_ROLES) {
                        add(fill, json, n++, surname, role);
                        terms++;
                    }
                }
                fill.flush();
            }
            store.commit();
            io.out().printf(Locale.ROOT, "filled %,d articles of %,d surnames (%,d name forms) in %.0f s, load %.1f%n",
                    store.articleCount(), surnames, terms, (System.nanoTime() - start) / 1e9, load());
            for (String run : List.of("first", "again")) {
                long t = System.nanoTime();
                long again = store.rejoinPeople();
                double seconds = (System.nanoTime() - t) / 1e9;
                io.out().printf(Locale.ROOT, "rejoin, %s: %,d surnames decided, %,d articles put again, %.2f s "
                                + "(%.0f µs a surname), load %.1f%n", run, surnames, again, seconds,
                        seconds * 1e6 / surnames, load());
                io.out().flush();
            }
            double[] withNames = commits(store, json, puts, surnames, true);
            double[] without = commits(store, json, puts, surnames, false);
            io.out().printf(Locale.ROOT, "%d puts naming a new senator of an existing surname, a commit every %d: "
                            + "puts %.1f ms each, commits %.0f ms each; naming no one: puts %.1f ms, commits %.0f ms;"
                            + " load %.1f%n", puts, COMMIT_EVERY, withNames[0], withNames[1], without[0], without[1],
                    load());
        }
    }

    /** Mean ms of a put and of a commit, for {@code puts} articles with or without a new full name each. */
    private static double[] commits(LuceneStore store, AnalysisJson json, int puts, int surnames, boolean named) {
        long putNanos = 0;
        long commitNanos = 0;
        int commits = 0;
        for (int i = 0; i < puts; i++) {
            // Spread over the surnames, a new given name each: every commit asks COMMIT_EVERY surnames again.
            String surname = surname((int) ((i * 7919L) % surnames));
            String id = String.format(Locale.ROOT, "%s-%05d", named ? "senator" : "nobody", i);
            StoredArticle a = named ? article(json, id, "Senator Zoe " + surname, "Zoe " + surname, "Senator")
                    : article(json, id, "The weather was mild in the city today.", "", "");
            long t = System.nanoTime();
            store.put(a);
            putNanos += System.nanoTime() - t;
            if ((i + 1) % COMMIT_EVERY == 0 || i + 1 == puts) {
                long c = System.nanoTime();
                store.commit();
                commitNanos += System.nanoTime() - c;
                commits++;
            }
        }
        return new double[] {putNanos / 1e6 / puts, commitNanos / 1e6 / commits};
    }

    private static void add(StoryFill fill, AnalysisJson json, int n, String name, String role) {
        String id = String.format(Locale.ROOT, "people-%08d", n);
        String text = (role.isEmpty() ? "" : role + " ") + name;
        StoredArticle a = article(json, id, text, name, role);
        String[] words = name.split(" ");
        List<String> given = new ArrayList<>();
        for (int i = 0; i < words.length - 1; i++) given.add(KEYS.normalise(words[i]));
        String surname = KEYS.normalise(words[words.length - 1]);
        // Full names under their own key; a surname alone under the surname's, as if stored before any full name.
        String key = KEYS.key(EntityType.PERSON, name);
        NameTerm term = new NameTerm(surname, key, given, "USA", role.isEmpty() ? "" : KEYS.normalise(role));
        fill.add(a, id, Optional.empty(), Map.of("e1", new ResolvedEntity(key, EntityKeys.typeKey(EntityType.PERSON),
                name, Optional.empty(), Optional.of(term))));
    }

    /** An article whose one sentence names {@code name} (none when empty), with this title and country USA. */
    private static StoredArticle article(AnalysisJson json, String id, String lead, String name, String role) {
        String sentence = lead.endsWith(".") ? lead : "Reporters met " + lead + " in the capital today.";
        Article article = Article.builder(id).paragraphs(List.of(sentence)).language("en")
                .published(LocalDate.of(2024, 3, 1).toString(), false).build();
        List<Entity> entities = new ArrayList<>();
        if (!name.isEmpty()) {
            int at = sentence.indexOf(name);
            entities.add(new Entity("e1", name, EntityType.PERSON, role.isEmpty() ? Optional.empty() : Optional.of(role),
                    Optional.of("USA"), List.of(new Mention(new Span(at, at + name.length()), name))));
        }
        Analysis a = new Analysis(article, entities, List.of(), List.of(), List.of());
        return new StoredArticle(id, a, json.toNode(a, List.of(), Optional.of(id)).toString(), Optional.empty(),
                Instant.EPOCH);
    }

    /** An invented surname, different for each number: syllables, capitalised ("Kavolu"). */
    static String surname(int n) {
        String[] syllables = {"ka", "vo", "lu", "mi", "ren", "sa", "to", "bel", "dor", "fi", "gan", "hu", "jo",
                "nel", "pa", "quin", "ro", "ste", "ul", "wen"};
        StringBuilder b = new StringBuilder();
        int rest = n;
        do {
            b.append(syllables[rest % syllables.length]);
            rest /= syllables.length;
        } while (rest > 0);
        b.append(syllables[n % 7 + 3]);
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String value(List<String> args, int i) {
        if (i >= args.size()) throw new UsageException("missing value for " + args.get(i - 1), USAGE);
        return args.get(i);
    }
}
