package org.hundredparks.functions.matching;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hundredparks.matching.MatchingService;
import org.hundredparks.platform.ColdStart;
import org.jboss.logging.Logger;

/**
 * A new container loads its match indexes, and with them the embedding model, as soon as Quarkus is up, on a thread
 * of its own: in Lambda that is the init phase, so the first batch finds them loaded or loading instead of starting
 * the work itself. With SnapStart the snapshot is taken after init: {@link #beforeCheckpoint} waits for the loading, so
 * that restored containers start with the indexes and the model in memory, and {@link #afterRestore} tells the indexes
 * they are as old as the snapshot, so that the first batch after a restore reads the table's changes since then (or,
 * for a snapshot older than a quarter of an hour, loads the indexes again from S3's latest).
 */
@ApplicationScoped
class MatchingStartup implements Resource {

    private static final Logger LOG = Logger.getLogger(MatchingStartup.class);

    private final MatchingService matching;
    private final boolean prepareAtStart;
    private volatile Thread preparing;

    MatchingStartup(MatchingService matching,
            @ConfigProperty(name = "hundredparks.matching.prepare-at-start", defaultValue = "true") boolean prepareAtStart) {
        this.matching = matching;
        this.prepareAtStart = prepareAtStart;
    }

    void onStart(@Observes StartupEvent event) {
        Core.getGlobalContext().register(this); // this bean holds the strong reference the context needs
        if (prepareAtStart) {
            Thread thread = new Thread(() -> {
                try {
                    matching.prepare();
                } catch (RuntimeException e) {
                    // nothing is taken for loaded: the first batch loads them again, and fails (and is retried) if the store is down
                    LOG.warn("match indexes not loaded at start-up; the first batch loads them", e);
                }
            }, "match-indexes-loading");
            thread.setDaemon(true);
            preparing = thread;
            thread.start();
        }
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) throws InterruptedException {
        Thread thread = preparing;
        if (thread != null) {
            thread.join();
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        ColdStart.restored();
        matching.restored();
    }
}
