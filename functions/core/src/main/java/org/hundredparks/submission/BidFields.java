package org.hundredparks.submission;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import org.hundredparks.validation.Rules;

/** 揭榜: how a park, university or team proposes to solve a published challenge. */
@RegisterForReflection
public record BidFields(String teamName, String plan, Long quoteYuan, LocalDate deliverBy, Contact contact) {

    void check(Rules rules) {
        rules.required("teamName", "揭榜团队", teamName).length("teamName", "揭榜团队", teamName, 100)
                .required("plan", "揭榜方案", plan).length("plan", "揭榜方案", plan, 5000)
                .nonNegative("quoteYuan", "报价", quoteYuan)
                .required("contact", "联系人", contact);
        if (contact != null) {
            contact.check(rules, "contact");
        }
    }
}
