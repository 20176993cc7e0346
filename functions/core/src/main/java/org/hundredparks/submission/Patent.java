package org.hundredparks.submission;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
/** One piece of intellectual property behind an achievement. */
@RegisterForReflection
public record Patent(String number, Kind kind) {

    @Schema(name = "PatentKind")
    public enum Kind {
        /** 发明专利 */ INVENTION,
        /** 实用新型 */ UTILITY_MODEL,
        /** 外观设计 */ DESIGN,
        /** 软件著作权 */ SOFTWARE_COPYRIGHT,
        /** 其他 */ OTHER
    }
}
