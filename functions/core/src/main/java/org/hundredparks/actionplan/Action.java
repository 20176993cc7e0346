package org.hundredparks.actionplan;

import java.util.List;

/** One action of a plan: named by the programme's rule, carried out by some of the region's parks. */
public record Action(String name, String description, List<String> parkIds) {
}
