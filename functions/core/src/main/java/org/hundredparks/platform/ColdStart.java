package org.hundredparks.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Where a function's first result spends its time. Each phase of the path from process start to the first result
 * (Quarkus started, the event received, each AWS client's first call made, sent and answered, data files loaded,
 * the result) is marked once, when it first happens; at the first result the marks are logged as one line,
 * {@code cold start {"phase": epoch milliseconds, ...}}, and marking stops, so that a warm container pays one
 * volatile read a mark. {@code bench/native-functions.sh} reads the line to break each function's first result
 * down; in AWS it is the same line in CloudWatch. After a SnapStart restore it starts again ({@link #restored()}).
 */
public final class ColdStart {

    /** The line's prefix, which the start-up harness looks for in a function's log. */
    public static final String LOG_PREFIX = "cold start ";

    private static final Logger LOG = Logger.getLogger(ColdStart.class);
    private static final ColdStart PROCESS = new ColdStart();

    private final Map<String, Long> marks = new LinkedHashMap<>();
    private volatile boolean reported;

    ColdStart() {
    }

    /**
     * Marks a phase of this process's first result as reached now (a later mark of the same phase is ignored). A native
     * build runs the data files' static loading at build time, where nothing is marked: that work is not in the
     * executable's start.
     */
    public static void mark(String phase) {
        if (!PROCESS.reported && !buildingNativeImage()) {
            PROCESS.record(phase, System.currentTimeMillis());
        }
    }

    /** Whether this process's first result is logged: then nothing more is marked (callers skip building a phase's name). */
    public static boolean reported() {
        return PROCESS.reported;
    }

    /**
     * The process was restored from a SnapStart snapshot: its next result is a first result again, timed from now (the
     * marks made before the snapshot are dropped, not reported as part of it).
     */
    public static void restored() {
        PROCESS.restart(System.currentTimeMillis());
    }

    /** Makes {@code what}, marking when its loading began and ended (data files, dictionaries). */
    public static <T> T timed(String what, Supplier<T> loading) {
        mark(what + " loading");
        T loaded = loading.get();
        mark(what + " loaded");
        return loaded;
    }

    /**
     * A function's handling of one event: marks the event received, and its result, whatever happens, as this process's
     * first result (logged once; a warm container's events pass straight through).
     */
    public static <T> T handling(Supplier<T> event) {
        mark("event received");
        try {
            return event.get();
        } finally {
            firstResult();
        }
    }

    /** This process's first result is ready: logs the phases once. Later calls do nothing. */
    public static void firstResult() {
        PROCESS.complete(System.currentTimeMillis()).ifPresent(LOG::info);
    }

    /**
     * What GraalVM's ImageInfo.inImageBuildtimeCode() reads, without depending on GraalVM's SDK. Read at each mark, not
     * kept in a constant: this class is initialised at build time, and a constant would carry the builder's answer.
     */
    private static boolean buildingNativeImage() {
        return "buildtime".equals(System.getProperty("org.graalvm.nativeimage.imagecode"));
    }

    void restart(long epochMillis) {
        synchronized (marks) {
            marks.clear();
            marks.put("restored", epochMillis);
            reported = false;
        }
    }

    void record(String phase, long epochMillis) {
        if (reported) {
            return;
        }
        synchronized (marks) {
            if (!reported) {
                marks.putIfAbsent(phase, epochMillis);
            }
        }
    }

    /**
     * The line to log, once. The marks are epoch milliseconds, not durations since the process started: Linux gives
     * a process's start only to the second (from the boot time), so the harness that started the process subtracts
     * its own clock.
     */
    Optional<String> complete(long epochMillis) {
        if (reported) {
            return Optional.empty();
        }
        synchronized (marks) {
            if (reported) {
                return Optional.empty();
            }
            marks.putIfAbsent("first result", epochMillis);
            reported = true;
            StringJoiner json = new StringJoiner(", ", "{", "}");
            marks.forEach((phase, at) -> json.add("\"" + phase.replace("\"", "'") + "\": " + at));
            marks.clear();
            return Optional.of(LOG_PREFIX + json);
        }
    }
}
