package org.hundredparks.local.aws;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** An HTTP server on 127.0.0.1 (never every interface), two daemon threads: what each protocol stand-in runs on. */
final class LoopbackServer {

    private LoopbackServer() {
    }

    static HttpServer start(int port, String threadName, Map<String, HttpHandler> routes) {
        try {
            HttpServer server = create(new InetSocketAddress("127.0.0.1", port), 0);
            routes.forEach(server::createContext);
            server.setExecutor(Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, threadName);
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on " + port, e);
        }
    }

    /**
     * Every stand-in's server is made here. The JDK server writes a response's headers and its body as two small
     * writes; with Nagle's algorithm on (its default), the body waits for the client's acknowledgement of the
     * headers, which Linux delays by up to 40 ms. A request through the local front crosses three such servers
     * (the front, the runtime API, the DynamoDB stream relay), which made every request about 90 ms slower.
     */
    static HttpServer create(InetSocketAddress address, int backlog) throws IOException {
        // read once, when the JDK's server configuration is first loaded: set before the first server is created
        System.setProperty("sun.net.httpserver.nodelay", "true");
        return HttpServer.create(address, backlog);
    }

    static void stop(HttpServer server) {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }
}
