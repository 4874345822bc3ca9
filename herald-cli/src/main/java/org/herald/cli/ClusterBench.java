package org.herald.cli;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.herald.stories.StoryClusterer;
import org.herald.stories.StoryDocument;

/**
 * {@code ./herald bench cluster}: feeds a synthetic news stream to one {@link StoryClusterer} and prints how many
 * articles a second it places as the stream grows, with the heap in use. The stream is made to look like news to
 * the clusterer: a 30,000-word vocabulary drawn with a Zipf-like skew (common words recur everywhere), about 200
 * new stories a day, each with its own names and words and 1-15 articles over three days, and one article in ten a
 * lightly edited copy of an earlier one.
 */
final class ClusterBench {
    static final String USAGE = """
            usage: herald bench cluster [--articles N] [--report-every N]

            Clusters N synthetic articles (default 200000; 120 words each, ~200 new stories a day, one in ten a
            syndicated copy) one at a time and prints, every --report-every articles (default 50000), the rate of
            the last stretch in articles per second, the open stories and the heap in use after a collection (not
            timed).
            """;
    private static final int VOCABULARY = 30_000;
    private static final int STORIES_PER_DAY = 200;

    private ClusterBench() {}

    static int run(List<String> args, Streams io) {
        int articles = 200_000;
        int every = 50_000;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--articles" -> articles = Integer.parseInt(value(args, ++i));
                case "--report-every" -> every = Integer.parseInt(value(args, ++i));
                case "--help", "-h" -> {
                    io.out().print(USAGE);
                    return ExitCode.OK;
                }
                default -> throw new UsageException("unknown option " + args.get(i), USAGE);
            }
        }
        StoryClusterer clusterer = StoryClusterer.defaults();
        Stream stream = new Stream(new SplittableRandom(7));
        long start = System.nanoTime();
        long stretch = start;
        for (int n = 1; n <= articles; n++) {
            clusterer.add(stream.next("a" + n));
            if (n % every == 0 || n == articles) {
                long now = System.nanoTime();
                // Collected outside the timed stretch, so the heap printed is what the clusterer keeps alive.
                System.gc();
                Runtime rt = Runtime.getRuntime();
                io.out().printf(Locale.ROOT, "%,d articles: %.0f articles/s over the last %,d, %,d stories opened, %,d"
                                + " open, heap %.0f MiB%n", n, Math.min(every, n - (n - 1) / every * every)
                                / ((now - stretch) / 1e9), Math.min(every, n - (n - 1) / every * every),
                        clusterer.storyCount(), clusterer.openStories(),
                        (rt.totalMemory() - rt.freeMemory()) / 1048576.0);
                io.out().flush();
                stretch = System.nanoTime();
                start += stretch - now;
            }
        }
        io.out().printf(Locale.ROOT, "overall %.0f articles/s (%s)%n", articles / ((System.nanoTime() - start) / 1e9),
                ManagementFactory.getRuntimeMXBean().getVmName());
        return ExitCode.OK;
    }

    private static String value(List<String> args, int i) {
        if (i >= args.size()) throw new UsageException("missing value for " + args.get(i - 1), USAGE);
        return args.get(i);
    }

    /** The synthetic feed: stories open at a steady rate, each article drawn from its story and the language. */
    private static final class Stream {
        private final SplittableRandom random;
        private final List<int[]> live = new ArrayList<>();
        private final List<String> recent = new ArrayList<>();
        private Instant clock = Instant.parse("2024-01-01T00:00:00Z");
        private int stories;

        Stream(SplittableRandom random) {
            this.random = random;
        }

        StoryDocument next(String id) {
            clock = clock.plusSeconds(86_400L / (STORIES_PER_DAY * 6));
            if (!recent.isEmpty() && random.nextInt(10) == 0) {
                String copy = recent.get(random.nextInt(recent.size())) + " Copyright Wire " + random.nextInt(100);
                return new StoryDocument(id, "", copy, Optional.of(clock));
            }
            if (live.isEmpty() || random.nextInt(6) == 0) {
                int[] story = new int[12];
                story[0] = ++stories;
                for (int k = 1; k < story.length; k++) story[k] = random.nextInt(VOCABULARY);
                live.add(story);
                if (live.size() > STORIES_PER_DAY * 3) live.remove(0);
            }
            int[] story = live.get(random.nextInt(live.size()));
            StringBuilder b = new StringBuilder();
            for (int w = 0; w < 120; w++) {
                if (w % 15 == 0) b.append(w == 0 ? "" : ". ").append("Name").append(story[0]).append(' ');
                if (random.nextInt(4) == 0) b.append('s').append(story[1 + random.nextInt(story.length - 1)]);
                else {
                    double u = random.nextDouble();
                    b.append('w').append((int) (u * u * u * VOCABULARY));
                }
                b.append(' ');
            }
            String text = b.toString();
            recent.add(text);
            if (recent.size() > 1000) recent.remove(0);
            return new StoryDocument(id, "", text, Optional.of(clock));
        }
    }

}
