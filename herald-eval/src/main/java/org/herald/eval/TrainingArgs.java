package org.herald.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The options a train-and-score command takes ({@code train-confidence | events-confidence},
 * {@code train-event-types | event-types}): {@code --out FILE} for the weights it writes and {@code --split} for the
 * halves it scores.
 */
record TrainingArgs(Path out, List<SuiteSplit> splits) {
    /** Reads the options after the command word; throws {@link IllegalArgumentException} with the reason. */
    static TrainingArgs parse(List<String> args, Path defaultOut) {
        Path file = defaultOut;
        List<SuiteSplit> splits = List.of(SuiteSplit.DEV, SuiteSplit.HELDOUT);
        for (int i = 1; i < args.size(); i++) {
            String option = args.get(i);
            if (!option.equals("--out") && !option.equals("--split")) {
                throw new IllegalArgumentException("unknown option: " + option);
            }
            if (i + 1 >= args.size()) throw new IllegalArgumentException("missing value for " + option);
            String value = args.get(++i);
            if (option.equals("--out")) {
                file = Path.of(value);
            } else {
                splits = List.of(SuiteSplit.parse(value));
            }
        }
        return new TrainingArgs(file, splits);
    }

    /** Whether the weights file can be written where it is named: its folder exists (run from the checkout's root). */
    boolean outFolderExists() {
        Path parent = out.toAbsolutePath().getParent();
        return parent != null && Files.isDirectory(parent);
    }
}
