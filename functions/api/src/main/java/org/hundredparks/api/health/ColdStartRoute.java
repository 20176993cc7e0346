package org.hundredparks.api.health;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.hundredparks.platform.ColdStart;

/**
 * The API's ends of the cold-start breakdown ({@link ColdStart}): the first request as it reaches the HTTP layer
 * (the Lambda event already turned into a request), and its answer written whole.
 */
@ApplicationScoped
class ColdStartRoute {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            ColdStart.mark("request received");
            context.addBodyEndHandler(written -> ColdStart.firstResult());
            context.next();
        });
    }
}
