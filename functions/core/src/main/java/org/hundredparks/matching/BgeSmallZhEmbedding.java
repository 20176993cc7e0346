package org.hundredparks.matching;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import org.hundredparks.platform.ColdStart;

/**
 * BAAI's bge-small-zh-v1.5 (a Chinese sentence-embedding model, 512 dimensions, quantised), run in process
 * through ONNX Runtime: no service to call, and the same vectors on every machine. Loading takes about a
 * second, so one instance serves a warm container.
 */
public final class BgeSmallZhEmbedding implements TextEmbedding {

    private final EmbeddingModel model = ColdStart.timed("embedding model", BgeSmallZhV15QuantizedEmbeddingModel::new);

    @Override
    public float[] embed(String text) {
        return model.embed(text).content().vector();
    }
}
