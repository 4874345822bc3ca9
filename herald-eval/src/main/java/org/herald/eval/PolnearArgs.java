package org.herald.eval;

import java.util.List;

/**
 * The options of the suites over PolNeAR's articles ({@code quotes-polnear}, {@code entities-polnear}): {@code --split
 * dev|train}, {@code --sample N} (0 for all articles) and {@code --misses N}.
 */
record PolnearArgs(String split, int sample, int misses) {
    /** Reads the options; throws {@link IllegalArgumentException} naming an unknown option or split, or a missing value. */
    static PolnearArgs parse(List<String> args) {
        String split = "dev";
        int sample = 0;
        int misses = 0;
        try {
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--split" -> split = args.get(++i);
                    case "--sample" -> sample = Integer.parseInt(args.get(++i));
                    case "--misses" -> misses = Integer.parseInt(args.get(++i));
                    default -> throw new IllegalArgumentException("unknown option: " + args.get(i));
                }
            }
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("missing value", e);
        }
        if (!split.equals("dev") && !split.equals("train")) throw new IllegalArgumentException("unknown split: " + split);
        return new PolnearArgs(split, sample, misses);
    }
}
