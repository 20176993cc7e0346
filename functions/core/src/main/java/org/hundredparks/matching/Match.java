package org.hundredparks.matching;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;


/**
 * One ranked candidate for an item, with why: the terms both texts share and the structured reasons,
 * in Chinese for the people who read them.
 */
@RegisterForReflection
public record Match(String itemId, String candidateId, MatchKind candidateKind, String candidateTitle, double score,
        int rank, List<String> sharedTerms, List<String> reasons) {

    /** One sentence a person reads: "共同技术要点：碳化硅、衬底；领域相同；技术就绪度满足要求". */
    public String explanation() {
        StringBuilder text = new StringBuilder();
        if (!sharedTerms.isEmpty()) {
            text.append("共同技术要点：").append(String.join("、", sharedTerms));
        }
        for (String reason : reasons) {
            text.append(text.length() == 0 ? "" : "；").append(reason);
        }
        return text.toString();
    }
}
