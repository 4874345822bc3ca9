package org.herald.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.herald.store.Store;
import org.herald.store.StoreWriteException;

/**
 * {@code ./herald delete --store DIR ID...}: removes wrongly ingested articles with their events, quotes and entity
 * mentions, as {@code DELETE /api/articles/{id}} does, and commits once at the end.
 */
final class DeleteCommand {
    static final String USAGE = """
            usage: herald delete --store DIR ID...

            Removes the articles with these ids (as GET /api/articles lists them) from the store, with their
            entity mentions, quotes and events; their stories and entities are counted without them from then on.
            The store must not be open for writing elsewhere (an ingest, a serve with a token).
            Exit code 1 when some id was not stored.
            """;

    private DeleteCommand() {}

    static int run(List<String> args, Streams io) {
        Args a = new Args(args, USAGE);
        Path[] store = {null};
        Optional<List<String>> ids = a.read(name -> {
            if (!name.equals("store")) throw a.unknown(name);
            store[0] = Path.of(a.value("store"));
        });
        if (ids.isEmpty()) {
            io.out().print(USAGE);
            return ExitCode.OK;
        }
        if (store[0] == null) throw a.error("--store DIR is required");
        if (ids.get().isEmpty()) throw a.error("give the ids of the articles to delete");
        if (!Files.isDirectory(store[0])) {
            io.err().println("herald: " + Terminal.safe("no store at " + store[0]));
            return ExitCode.SOME_FAILED;
        }
        try (Store s = Stores.open(store[0])) {
            int deleted = 0;
            for (String id : ids.get()) {
                if (s.delete(id)) {
                    deleted++;
                } else {
                    io.err().println("herald: " + Terminal.safe("no article with id " + id));
                }
            }
            s.commit();
            int missing = ids.get().size() - deleted;
            io.err().println(deleted + " deleted" + (missing > 0 ? ", " + missing + " not found" : ""));
            return missing == 0 ? ExitCode.OK : ExitCode.SOME_FAILED;
        } catch (StoreBusyException e) {
            io.err().println("herald: " + Terminal.safe("store " + store[0] + " " + e.getMessage()));
            return ExitCode.STORE_BUSY;
        } catch (IOException | StoreWriteException e) {
            io.err().println("herald: " + Terminal.safe("cannot delete from " + store[0] + ": " + e.getMessage()));
            return ExitCode.SOME_FAILED;
        }
    }
}
