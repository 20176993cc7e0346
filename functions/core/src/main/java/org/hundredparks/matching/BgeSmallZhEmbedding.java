package org.hundredparks.matching;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
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
        // CLS pooling, as the packed model's class sets it (EmbeddingFilesTest compares the two's vectors)
        Supplier<EmbeddingModel> load = files.<Supplier<EmbeddingModel>>map(f -> () -> new OnnxEmbeddingModel(f.model(), f.tokenizer(),
                PoolingMode.CLS)).orElse(BgeSmallZhV15QuantizedEmbeddingModel::new);
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
}
