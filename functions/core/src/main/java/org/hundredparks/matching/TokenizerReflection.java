package org.hundredparks.matching;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Lucene finds the implementation of a token attribute by name ({@code KeywordAttribute} →
 * {@code KeywordAttributeImpl}) and calls its constructor reflectively. A native image must be told; the
 * native check found the SmartChinese chain failing on {@code KeywordAttributeImpl}.
 */
@RegisterForReflection(classNames = {
        "org.apache.lucene.analysis.tokenattributes.BytesTermAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.CharTermAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.FlagsAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.KeywordAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.OffsetAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.PackedTokenAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.PayloadAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.PositionIncrementAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.PositionLengthAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.SentenceAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.TermFrequencyAttributeImpl",
        "org.apache.lucene.analysis.tokenattributes.TypeAttributeImpl"})
final class TokenizerReflection {

    private TokenizerReflection() {
    }
}
