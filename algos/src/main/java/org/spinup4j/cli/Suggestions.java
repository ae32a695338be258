package org.spinup4j.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** "Did you mean ...?": the known names closest to a mistyped one. */
final class Suggestions {
  private Suggestions() {}

  /** Up to three names within edit distance 3 of {@code typed}, or sharing its stem, closest first. */
  static List<String> closest(String typed, Collection<String> known) {
    String stem = typed.replaceFirst("^-+", "");
    return known.stream()
        .filter(k -> k.startsWith("--"))
        .filter(k -> distance(typed, k) <= 3 || (stem.length() >= 3 && k.contains(stem)))
        .sorted(Comparator.comparingInt((String k) -> distance(typed, k)).thenComparing(k -> k))
        .limit(3)
        .toList();
  }

  /** Levenshtein distance: insertions, deletions and substitutions. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
