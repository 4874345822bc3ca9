package org.herald.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.herald.store.Store;
import org.herald.store.StoreWriteException;

/**
 * {@code ./herald entities --store DIR --rejoin}: asks every person stored under a surname alone ("Lavrov"), joined
 * or not, again which stored full name the evidence gives them, moves those it answers otherwise and commits
 * ({@link Store#rejoinPeople}, #12). A store decides them again as full names arrive and articles are deleted; this
 * is for a store written before it did.
 */
final class EntitiesCommand {
    static final String USAGE = """
            usage: herald entities --store DIR --rejoin

            --rejoin  join every person stored under a surname alone ("Lavrov") to the one stored full name of
                      that surname ("Sergei Lavrov") whose country and role agree, as the store does when a full
                      name arrives, and take back one that two full names now share. Their articles are put again.
            The store must not be open for writing elsewhere (an ingest, a serve with a token).
            """;

    private EntitiesCommand() {}

    static int run(List<String> args, Streams io) {
        Args a = new Args(args, USAGE);
        Path[] store = {null};
        boolean[] rejoin = {false};
        Optional<List<String>> operands = a.read(name -> {
            switch (name) {
                case "store" -> store[0] = Path.of(a.value("store"));
                case "rejoin" -> {
                    a.flag("rejoin");
                    rejoin[0] = true;
                }
                default -> throw a.unknown(name);
            }
        });
        if (operands.isEmpty()) {
            io.out().print(USAGE);
            return ExitCode.OK;
        }
        if (!operands.get().isEmpty()) throw a.error("unexpected argument " + operands.get().get(0));
        if (store[0] == null) throw a.error("--store DIR is required");
        if (!rejoin[0]) throw a.error("say what to do: --rejoin");
        if (!Files.isDirectory(store[0])) {
            io.err().println("herald: " + Terminal.safe("no store at " + store[0]));
            return ExitCode.SOME_FAILED;
        }
        try (Store s = Stores.open(store[0])) {
            long again = s.rejoinPeople();
            s.commit();
            io.err().println(again + " article" + (again == 1 ? "" : "s") + " put again with joined people");
            return ExitCode.OK;
        } catch (StoreBusyException e) {
            io.err().println("herald: " + Terminal.safe("store " + store[0] + " " + e.getMessage()));
            return ExitCode.STORE_BUSY;
        } catch (IOException | StoreWriteException e) {
            io.err().println("herald: " + Terminal.safe("cannot rejoin in " + store[0] + ": " + e.getMessage()));
            return ExitCode.SOME_FAILED;
        }
    }
}
