package org.hundredparks.cooperation;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hundredparks.validation.Rules;

/**
 * Results of a cooperation as of a date (notice 三(三)): contracts signed and their amount in whole
 * yuan, patents, products, people trained. Archived as entered; corrections are new entries.
 */
@RegisterForReflection
public record Outcome(String id, LocalDate asOf, int contractsSigned, long contractAmountYuan, int patents, int products,
        int peopleTrained, String note, String correctsId, String recordedBy, Instant recordedAt) {

    /** What a party sends. */
    @RegisterForReflection
    @Schema(name = "OutcomeEntry")
    public record Entry(LocalDate asOf, Integer contractsSigned, Long contractAmountYuan, Integer patents, Integer products,
            Integer peopleTrained, String note, String correctsId) {

        void check(Rules rules) {
            rules.required("asOf", "统计日期", asOf)
                    .required("contractsSigned", "签约合同数", contractsSigned).range("contractsSigned", "签约合同数", contractsSigned, 0, 100_000)
                    .required("contractAmountYuan", "合同金额", contractAmountYuan).nonNegative("contractAmountYuan", "合同金额", contractAmountYuan)
                    .range("patents", "专利数", patents, 0, 100_000)
                    .range("products", "产品数", products, 0, 100_000)
                    .range("peopleTrained", "培养人数", peopleTrained, 0, 1_000_000)
                    .length("note", "说明", note, 2000).length("correctsId", "更正的条目", correctsId, 64);
        }
    }
}
