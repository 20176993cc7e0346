package org.hundredparks.matching;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The embedding model and the native libraries that run it, as plain files in the function's package
 * ({@code embedding/} in the matching function's {@code function.zip}, unpacked by Lambda under its task root).
 * Packed in their jars, they cost every cold start about 190 ms of one core: ONNX Runtime and the tokenizer copy their
 * libraries (30 MB) out of the jar into {@code /tmp}, and the model (24 MB) is inflated into the heap. The layout is
 * the build's ({@code functions/matching/pom.xml}): the model and its tokenizer at the top, each architecture's
 * libraries in a folder named by it.
 */
public record EmbeddingFiles(Path model, Path tokenizer, Path libraries) {

    static final String MODEL = "bge-small-zh-v1.5-q.onnx";
    static final String TOKENIZER = "bge-small-zh-v1.5-q-tokenizer.json";
    static final List<String> LIBRARIES = List.of("libonnxruntime.so", "libonnxruntime4j_jni.so", "libtokenizers.so");

    /** The files in {@code directory} for this machine's architecture; empty when any is missing. */
    public static Optional<EmbeddingFiles> in(Path directory) {
        EmbeddingFiles files = of(directory);
        return files.missing().isEmpty() ? Optional.of(files) : Optional.empty();
    }

    /**
     * The files in {@code directory}, which must all be there: the matching package's jars no longer hold them, so
     * without them the model cannot load, and a package built wrong should say so at its first start.
     */
    public static EmbeddingFiles required(Path directory) {
        EmbeddingFiles files = of(directory);
        List<Path> missing = files.missing();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the embedding model's files are missing: " + missing
                    + " (hundredparks.matching.embedding-files; the build unpacks them: functions/matching/pom.xml)");
        }
        return files;
    }

    private static EmbeddingFiles of(Path directory) {
        return new EmbeddingFiles(directory.resolve(MODEL), directory.resolve(TOKENIZER), directory.resolve(architecture()));
    }

    private List<Path> missing() {
        List<Path> all = new java.util.ArrayList<>(List.of(model, tokenizer));
        LIBRARIES.forEach(library -> all.add(libraries.resolve(library)));
        return all.stream().filter(file -> !Files.isRegularFile(file)).toList();
    }

    /** The folder of this machine's libraries: Lambda runs x86-64 or arm64. */
    static String architecture() {
        String arch = System.getProperty("os.arch");
        return "aarch64".equals(arch) || "arm64".equals(arch) ? "linux-aarch64" : "linux-x64";
    }

    /**
     * Points ONNX Runtime and DJL's tokenizer at the unpacked libraries. Both read these system properties once, when
     * their first class loads, so this runs before the model is made; a value already given (on the command line)
     * stands.
     */
    void useLibraries() {
        if (System.getProperty("onnxruntime.native.path") == null) {
            System.setProperty("onnxruntime.native.path", libraries.toString());
        }
        if (System.getProperty("RUST_LIBRARY_PATH") == null) {
            System.setProperty("RUST_LIBRARY_PATH", libraries.resolve("libtokenizers.so").toString());
        }
    }
}
