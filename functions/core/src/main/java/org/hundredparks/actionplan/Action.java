package org.hundredparks.actionplan;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** One action of a plan: named by the programme's rule, carried out by some of the region's parks. */
@RegisterForReflection
public record Action(String name, String description, List<String> parkIds) {
}
