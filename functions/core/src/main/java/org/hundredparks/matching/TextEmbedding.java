package org.hundredparks.matching;

/**
 * Turns a text into a vector whose direction stands for what the text is about, so that two texts that
 * describe the same problem in different words (制冷 and 冷冻冷藏, 灵芝提取 and 赤芝分离纯化) lie close
 * together where word overlap finds nothing.
 */
public interface TextEmbedding {

    float[] embed(String text);

    /** Returns once the model is loaded (a model that loads in the background: before a SnapStart snapshot is taken). */
    default void ready() {
    }
}
