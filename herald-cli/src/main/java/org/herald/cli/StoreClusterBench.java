package org.herald.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.herald.model.Article;
import org.herald.model.analysis.Analysis;
import org.herald.store.ArticleStory;
import org.herald.store.StoredArticle;
import org.herald.store.lucene.LuceneStore;
import org.herald.store.lucene.PlacementCounts;
import org.herald.store.lucene.StoryFill;
import org.herald.stories.StoryDocument;

/**
 * {@code ./herald bench cluster --store DIR}: story placement into a Lucene store as it grows. The store is filled
 * with {@link SyntheticNews} articles in its own format by {@link StoryFill} (each in the story it was written
 * for, no candidate search: a million puts would take hours), then the next articles of the same feed are put the
 * way an ingest puts them ({@link LuceneStore#put}, a commit every {@code --commit-every}), each timed: articles a
 * second, latency per article, candidate articles and stories examined, and how many went into the story they were
 * written for. Then the fill goes on to the next size, and the feed's newest articles are timed again.
 */
final class StoreClusterBench {
    static final String USAGE = """
            usage: herald bench cluster --store DIR [--sizes N,N...] [--place N] [--per-day N]
                                        [--commit-every N] [--keep]

            Fills the store folder DIR (new or empty) with synthetic articles up to each size in turn (default
            10000,100000,1000000), written in the store's format with their stories already decided (StoryFill:
            no candidate search), then puts the next --place articles (default 1000) of the same feed through the
            store's own put, committing every --commit-every (default 100), and prints articles per second, p50,
            p95 and p99 latency of a put and the putting thread's CPU time (less bent by a busy machine), the
            commits' time, the candidate articles and stories each search
            examined, and the share of articles placed in the story they were written for. --per-day sets the
            feed's articles a day (default 10000; the story window is 7 days either side). The folder is deleted
            at the end unless --keep.
            """;

    private StoreClusterBench() {}

    static int run(List<String> args, Streams io) {
        if (args.contains("--help") || args.contains("-h")) {
            io.out().print(USAGE);
            return ExitCode.OK;
        }
        Path dir = null;
        List<Long> sizes = List.of(10_000L, 100_000L, 1_000_000L);
        int place = 1_000;
        int perDay = 10_000;
        int commitEvery = 100;
        boolean keep = false;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--store" -> dir = Path.of(value(args, ++i));
                case "--sizes" -> sizes = Arrays.stream(value(args, ++i).split(",")).map(Long::parseLong).toList();
                case "--place" -> place = Integer.parseInt(value(args, ++i));
                case "--per-day" -> perDay = Integer.parseInt(value(args, ++i));
                case "--commit-every" -> commitEvery = Integer.parseInt(value(args, ++i));
                case "--keep" -> keep = true;
                default -> throw new UsageException("unknown option " + args.get(i), USAGE);
            }
        }
        if (dir == null) throw new UsageException("--store DIR is required", USAGE);
        if (place < 1 || perDay < 1 || commitEvery < 1) throw new UsageException("counts must be at least 1", USAGE);
        // The folder is deleted at the end: never one that held anything before.
        if (!empty(dir)) throw new UsageException("the store folder must be new or empty: " + dir, USAGE);
        try {
            new Run(dir, perDay, place, commitEvery, io).sizes(sizes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!keep) delete(dir);
        }
        return ExitCode.OK;
    }

    /** One feed into one store: fill, time, fill on, time again. */
    private static final class Run {
        private final Path dir;
        private final int perDay;
        private final int place;
        private final int commitEvery;
        private final Streams io;
        private final SyntheticNews news;
        /** The id each story of the feed got: that of its first article, as the store names stories. */
        private final Map<Integer, String> storyIds = new HashMap<>();
        private long next;

        Run(Path dir, int perDay, int place, int commitEvery, Streams io) {
            this.dir = dir;
            this.perDay = perDay;
            this.place = place;
            this.commitEvery = commitEvery;
            this.io = io;
            this.news = new SyntheticNews(new SplittableRandom(7), perDay);
        }

        void sizes(List<Long> sizes) throws IOException {
            Files.createDirectories(dir);
            // The feed's live stories (half its articles a day) with room to spare: copies copy live ones.
            try (LuceneStore store = LuceneStore.open(dir);
                 StoryFill fill = new StoryFill(store, Math.max(1 << 13, perDay))) {
                for (long size : sizes) {
                    fill(store, fill, size);
                    time(store);
                }
            }
        }

        private void fill(LuceneStore store, StoryFill fill, long size) {
            long start = System.nanoTime();
            long from = store.articleCount();
            while (next < size) {
                SyntheticNews.Item item = news.next(id(next++));
                String story = storyIds.computeIfAbsent(item.story(), k -> item.doc().id());
                fill.add(stored(item.doc()), story, item.copyOf());
                if (next % 100_000 == 0) {
                    io.err().printf(Locale.ROOT, "herald: filled %,d articles, %.0f s, load %.1f%n", next,
                            (System.nanoTime() - start) / 1e9, load());
                }
            }
            fill.flush();
            store.commit();
            double seconds = (System.nanoTime() - start) / 1e9;
            io.out().printf(Locale.ROOT, "filled %,d → %,d articles in %.0f s (%.0f articles/s), %,d stories, "
                            + "%.0f MB on disk, load %.1f%n", from, store.articleCount(), seconds,
                    (store.articleCount() - from) / seconds, news.stories(), bytes() / 1e6, load());
            io.out().flush();
        }

        private void time(LuceneStore store) {
            List<SyntheticNews.Item> timed = new ArrayList<>();
            long[] puts = new long[place];
            long[] cpu = new long[place];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long commits = 0;
            PlacementCounts.Totals before = store.placementTotals();
            double loadBefore = load();
            long start = System.nanoTime();
            for (int i = 0; i < place; i++) {
                SyntheticNews.Item item = news.next(id(next++));
                storyIds.putIfAbsent(item.story(), item.doc().id());
                timed.add(item);
                StoredArticle stored = stored(item.doc());
                long c0 = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                store.put(stored);
                puts[i] = System.nanoTime() - t;
                cpu[i] = threads.getCurrentThreadCpuTime() - c0;
                if ((i + 1) % commitEvery == 0 || i + 1 == place) {
                    long c = System.nanoTime();
                    store.commit();
                    commits += System.nanoTime() - c;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            PlacementCounts.Totals counts = store.placementTotals().minus(before);
            int rightStory = 0;
            int copies = 0;
            int copiesNamed = 0;
            for (SyntheticNews.Item item : timed) {
                ArticleStory found = store.findArticleStory(item.doc().id()).orElseThrow();
                if (found.storyId().equals(storyIds.get(item.story()))) rightStory++;
                if (item.copyOf().isPresent()) {
                    copies++;
                    if (found.duplicateOf().equals(item.copyOf())) copiesNamed++;
                }
            }
            Arrays.sort(puts);
            Arrays.sort(cpu);
            io.out().printf(Locale.ROOT, "at %,d articles: %d puts in %.1f s, %.1f articles/s with commits; put p50 %.2f"
                            + " ms, p95 %.2f ms, p99 %.2f ms, max %.1f ms; CPU of the putting thread p50 %.2f ms, p95 %.2f ms;"
                            + " commits %.1f s in all; %d candidate searches,"
                            + " %.1f candidate articles and %.1f stories a search; %.1f%% in the story written for,"
                            + " %d of %d copies name their original; load %.1f → %.1f%n",
                    store.articleCount() - place, place, seconds, place / seconds, ms(puts, 0.50), ms(puts, 0.95),
                    ms(puts, 0.99), puts[puts.length - 1] / 1e6, ms(cpu, 0.50), ms(cpu, 0.95), commits / 1e9,
                    counts.searches(),
                    counts.searches() == 0 ? 0 : (double) counts.candidateArticles() / counts.searches(),
                    counts.searches() == 0 ? 0 : (double) counts.candidateStories() / counts.searches(),
                    100.0 * rightStory / place, copiesNamed, copies, loadBefore, load());
            io.out().flush();
        }

        private long bytes() {
            try (Stream<Path> files = Files.walk(dir)) {
                return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            } catch (IOException e) {
                return -1;
            }
        }
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String id(long n) {
        return String.format(Locale.ROOT, "news-%08d", n);
    }

    private static StoredArticle stored(StoryDocument d) {
        Article article = Article.builder(d.id()).paragraphs(List.of(d.text())).language("en")
                .published(d.published().map(Instant::toString).orElseThrow(), false).build();
        return new StoredArticle(d.id(), new Analysis(article, List.of(), List.of(), List.of()), "{}",
                Optional.empty(), Instant.EPOCH);
    }

    private static String value(List<String> args, int i) {
        if (i >= args.size()) throw new UsageException("missing value for " + args.get(i - 1), USAGE);
        return args.get(i);
    }

    static boolean empty(Path dir) {
        if (!Files.exists(dir)) return true;
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
