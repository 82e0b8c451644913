package dev.cmdguard.cli.install;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts by lines, as {@code diff -u} prints it: {@code --- a}, {@code +++ b},
 * then hunks with three lines of context ({@code @@ -start,count +start,count @@}). The edit script
 * is a longest common subsequence; texts too large for that (over 4,000,000 line pairs; settings
 * files are a few hundred lines) are shown as one hunk replacing everything.
 */
final class UnifiedDiff {
  private static final int CONTEXT = 3;
  private static final long MAX_CELLS = 4_000_000L;

  private UnifiedDiff() {}

  /**
   * One line of the edit script: kept ({@code ' '}), removed ({@code '-'}) or added ({@code '+'}).
   */
  private record Edit(char kind, String line, int oldLine, int newLine) {}

  /**
   * The diff, or {@code ""} when the texts are equal.
   *
   * @param oldName shown after {@code ---}
   * @param newName shown after {@code +++}
   */
  static String of(String before, String after, String oldName, String newName) {
    if (before.equals(after)) {
      return "";
    }
    List<String> a = lines(before);
    List<String> b = lines(after);
    List<Edit> edits = edits(a, b);
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(oldName).append('\n');
    out.append("+++ ").append(newName).append('\n');
    int i = 0;
    while (i < edits.size()) {
      if (edits.get(i).kind() == ' ') {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      int quiet = 0;
      while (end < edits.size() && quiet <= 2 * CONTEXT) {
        quiet = edits.get(end).kind() == ' ' ? quiet + 1 : 0;
        end++;
      }
      end -= Math.max(0, quiet - CONTEXT);
      hunk(edits.subList(start, end), out);
      i = end;
    }
    return out.toString();
  }

  private static void hunk(List<Edit> hunk, StringBuilder out) {
    int oldStart = -1;
    int newStart = -1;
    int oldCount = 0;
    int newCount = 0;
    for (Edit e : hunk) {
      if (e.kind() != '+') {
        oldCount++;
        oldStart = oldStart < 0 ? e.oldLine() : oldStart;
      }
      if (e.kind() != '-') {
        newCount++;
        newStart = newStart < 0 ? e.newLine() : newStart;
      }
    }
    out.append("@@ -").append(range(oldStart, oldCount, hunk.get(0).oldLine()));
    out.append(" +").append(range(newStart, newCount, hunk.get(0).newLine())).append(" @@\n");
    for (Edit e : hunk) {
      out.append(e.kind()).append(e.line()).append('\n');
    }
  }

  /** {@code start,count}; an empty range names the line before it, as diff does. */
  private static String range(int start, int count, int fallback) {
    if (count == 0) {
      return (fallback - 1) + ",0";
    }
    return count == 1 ? String.valueOf(start) : start + "," + count;
  }

  private static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : text.lines().toList();
  }

  private static List<Edit> edits(List<String> a, List<String> b) {
    List<Edit> out = new ArrayList<>();
    if ((long) a.size() * b.size() > MAX_CELLS) {
      for (int i = 0; i < a.size(); i++) {
        out.add(new Edit('-', a.get(i), i + 1, 1));
      }
      for (int j = 0; j < b.size(); j++) {
        out.add(new Edit('+', b.get(j), a.size() + 1, j + 1));
      }
      return out;
    }
    int[][] common = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        common[i][j] =
            a.get(i).equals(b.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        out.add(new Edit(' ', a.get(i), i + 1, j + 1));
        i++;
        j++;
      } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
        out.add(new Edit('-', a.get(i), i + 1, j + 1));
        i++;
      } else {
        out.add(new Edit('+', b.get(j), i + 1, j + 1));
        j++;
      }
    }
    return out;
  }
}
