package org.herald.cli;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.herald.stories.StoryClusterer;

/**
 * {@code ./herald bench cluster}: feeds a synthetic news stream to one {@link StoryClusterer} and prints how many
 * articles a second it places as the stream grows, with the heap in use. The stream is made to look like news to
 * the clusterer ({@link SyntheticNews}): about 200 new stories a day. With {@code --store DIR}, the same feed goes into
 * a Lucene store instead ({@link StoreClusterBench}).
 */
final class ClusterBench {
    static final String USAGE = """
            usage: herald bench cluster [--articles N] [--report-every N]
                   herald bench cluster --store DIR ... (into a store: herald bench cluster --store DIR --help)

            Clusters N synthetic articles (default 200000; 120 words each, ~200 new stories a day, one in ten a
            syndicated copy) one at a time and prints, every --report-every articles (default 50000), the rate of
            the last stretch in articles per second, the open stories and the heap in use after a collection (not
            timed).
            """;

    private ClusterBench() {}

    static int run(List<String> args, Streams io) {
        if (args.contains("--store")) return StoreClusterBench.run(args, io);
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
        SyntheticNews stream = new SyntheticNews(new SplittableRandom(7), SyntheticNews.DEFAULT_ARTICLES_PER_DAY);
        long start = System.nanoTime();
        long stretch = start;
        for (int n = 1; n <= articles; n++) {
            clusterer.add(stream.next("a" + n).doc());
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
}
