package org.hundredparks.matching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The matching function's package carries the model and its libraries as files (the build unpacks them from their
 * jars); loaded from there, the model must give the vectors the packed one gives, or a cold container would index
 * by other meanings than the warm ones. ONNX Runtime and the tokenizer load their libraries once per JVM: when another
 * test of this JVM loaded them first, from their jars, this one checks the model's files only (the matching module's
 * tests load everything from the build's files).
 */
@EnabledOnOs(OS.LINUX) // the unpacked libraries are Linux's, as Lambda's
class EmbeddingFilesTest {

    @TempDir
    Path folder;

    private final String nativePath = System.getProperty("onnxruntime.native.path");
    private final String rustPath = System.getProperty("RUST_LIBRARY_PATH");

    /** The libraries stay loaded for the rest of this JVM; the settings pointing at this test's folder go. */
    @AfterEach
    void forgetTheFolder() {
        restore("onnxruntime.native.path", nativePath);
        restore("RUST_LIBRARY_PATH", rustPath);
    }

    private static void restore(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }

    @Test
    void theUnpackedModelGivesThePackedModelsVectors() throws Exception {
        unpack(folder);
        EmbeddingFiles files = EmbeddingFiles.in(folder).orElseThrow();
        TextEmbedding unpacked = new BgeSmallZhEmbedding(Optional.of(files));
        for (String text : new String[] {"钠离子电池层状氧化物正极包覆改性", "锂电池回收：湿法冶金回收锂钴镍", "科技副总 技术顾问"}) {
            float[] expected = Models.EMBEDDING.embed(text);
            float[] actual = unpacked.embed(text);
            assertEquals(512, actual.length);
            assertArrayEquals(expected, actual, 1e-5f, text);
        }
    }

    @Test
    void aFolderMissingAnyFileIsNotUsed() throws Exception {
        unpack(folder);
        assertTrue(EmbeddingFiles.in(folder).isPresent());
        Files.delete(folder.resolve(EmbeddingFiles.architecture()).resolve("libtokenizers.so"));
        assertTrue(EmbeddingFiles.in(folder).isEmpty(), "a folder without the tokenizer's library");
        assertTrue(EmbeddingFiles.in(folder.resolve("nowhere")).isEmpty());
        // where the package must have them, their absence is an error that names them
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> EmbeddingFiles.required(folder));
        assertTrue(missing.getMessage().contains("libtokenizers.so"), missing.getMessage());
    }

    /** The build's layout (functions/matching/pom.xml), made from the same jars on this test's class path. */
    private static void unpack(Path folder) throws IOException {
        String arch = EmbeddingFiles.architecture();
        String tokenizerArch = "linux-aarch64".equals(arch) ? "linux-aarch64" : "linux-x86_64";
        Map<String, Path> resources = Map.of(
                EmbeddingFiles.MODEL, folder.resolve(EmbeddingFiles.MODEL),
                EmbeddingFiles.TOKENIZER, folder.resolve(EmbeddingFiles.TOKENIZER),
                "ai/onnxruntime/native/" + arch + "/libonnxruntime.so", folder.resolve(arch).resolve("libonnxruntime.so"),
                "ai/onnxruntime/native/" + arch + "/libonnxruntime4j_jni.so", folder.resolve(arch).resolve("libonnxruntime4j_jni.so"),
                "native/lib/" + tokenizerArch + "/cpu/libtokenizers.so", folder.resolve(arch).resolve("libtokenizers.so"));
        for (Map.Entry<String, Path> resource : resources.entrySet()) {
            Files.createDirectories(resource.getValue().getParent());
            try (InputStream in = EmbeddingFilesTest.class.getClassLoader().getResourceAsStream(resource.getKey())) {
                if (in == null) {
                    throw new IOException("not on the class path: " + resource.getKey());
                }
                Files.copy(in, resource.getValue());
            }
        }
    }
}
