package org.herald.eval;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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

    /** The options, or empty after printing why they are wrong and the command's usage on {@code err}. */
    static Optional<TrainingArgs> read(List<String> args, Path defaultOut, String usage, PrintStream err) {
        try {
            return Optional.of(parse(args, defaultOut));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "\n" + usage);
            return Optional.empty();
        }
    }

    /** Whether the weights can be written, saying on {@code err} why not when they cannot. */
    boolean canWrite(PrintStream err) {
        if (outFolderExists()) return true;
        err.println("no folder for " + out + " (run from the checkout's root or pass --out)");
        return false;
    }

    /** Whether the weights file can be written where it is named: its folder exists (run from the checkout's root). */
    boolean outFolderExists() {
        Path parent = out.toAbsolutePath().getParent();
        return parent != null && Files.isDirectory(parent);
    }
}
