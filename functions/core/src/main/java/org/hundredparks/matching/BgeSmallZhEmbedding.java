package org.hundredparks.matching;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.hundredparks.platform.ColdStart;

/**
 * BAAI's bge-small-zh-v1.5 (a Chinese sentence-embedding model, 512 dimensions, quantised), run in process
 * through ONNX Runtime: no service to call, and the same vectors on every machine. Loading takes a few hundred
 * milliseconds, so one instance serves a warm container, and it loads on a thread of its own from the moment the
 * instance is made: a cold start reads its index and its batch meanwhile, and waits only at the first text to embed.
 */
public final class BgeSmallZhEmbedding implements TextEmbedding {

    private final CompletableFuture<EmbeddingModel> model = new CompletableFuture<>();

    /** The model packed in its jar (tests, and wherever the files are not unpacked). */
    public BgeSmallZhEmbedding() {
        this(Optional.empty());
    }

    /** The model from unpacked files when there are any (the matching function's package), else from its jar. */
    public BgeSmallZhEmbedding(Optional<EmbeddingFiles> files) {
        files.ifPresent(EmbeddingFiles::useLibraries);
        Supplier<EmbeddingModel> load = files.<Supplier<EmbeddingModel>>map(f -> () -> new FromFiles(f))
                .orElse(BgeSmallZhV15QuantizedEmbeddingModel::new);
        Thread loading = new Thread(() -> {
            try {
                model.complete(ColdStart.timed("embedding model", load));
            } catch (RuntimeException | Error e) {
                model.completeExceptionally(e);
            }
        }, "embedding-model-loading");
        loading.setDaemon(true);
        loading.start();
    }

    @Override
    public void ready() {
        model.join();
    }

    @Override
    public float[] embed(String text) {
        return model.join().embed(text).content().vector();
    }

    /**
     * The model read by ONNX Runtime from its file. langchain4j's own file loader reads the 24 MB file into the Java heap
     * first (through a growing buffer, so several copies) and hands the bytes over: at a cold start that was two young
     * collections copying 24–48 MB of it, on the way to the first batch. CLS pooling and the default session options, as
     * the packed model's class has them (EmbeddingFilesTest compares the two's vectors).
     */
    private static final class FromFiles extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        FromFiles(EmbeddingFiles files) {
            super(null);
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session;
            try {
                session = environment.createSession(files.model().toString());
            } catch (OrtException e) {
                throw new IllegalStateException("the embedding model did not load: " + files.model(), e);
            }
            try (InputStream tokenizer = Files.newInputStream(files.tokenizer())) {
                encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS);
            } catch (IOException | RuntimeException e) {
                try {
                    session.close();
                } catch (OrtException closing) {
                    e.addSuppressed(closing);
                }
                throw new IllegalStateException("the embedding model's tokenizer did not load: " + files.tokenizer(), e);
            }
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }
    }
}
