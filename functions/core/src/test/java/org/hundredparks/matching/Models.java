package org.hundredparks.matching;

/** The embedding model, loaded once for all tests (about a second). */
final class Models {

    static final TextEmbedding EMBEDDING = new BgeSmallZhEmbedding();

    private Models() {
    }
}
