package org.hundredparks.platform;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Marks Quarkus's start in {@link ColdStart}, before any other start-up observer runs. */
@ApplicationScoped
class ColdStartObserver {

    void started(@Observes @Priority(1) StartupEvent event) {
        ColdStart.mark("quarkus started");
    }
}
