package dev.cmdguard.rules.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A light reading of SQL text, enough to tell what each statement does to data: comments ({@code
 * --}, {@code /* *}{@code /}, MySQL {@code #}) and string literals (including PostgreSQL
 * dollar-quoted bodies) are blanked so that a {@code DROP} inside a string or a function body is
 * not taken for a statement; the rest is split on {@code ;}. Client meta-commands (psql {@code \d},
 * sqlite {@code .tables}) are skipped.
 */
final class SqlText {
  /** Statements whose first word only reads (or only changes the session). */
  private static final Set<String> READS =
      Set.of(
          "SELECT",
          "SHOW",
          "DESCRIBE",
          "DESC",
          "EXPLAIN",
          "VALUES",
          "TABLE",
          "USE",
          "PRAGMA",
          "BEGIN",
          "START",
          "COMMIT",
          "ROLLBACK",
          "END",
          "SET",
          "RESET",
          "LISTEN",
          "FETCH",
          "DECLARE",
          "CLOSE",
          "PREPARE",
          "DEALLOCATE",
          "HELP",
          "CHECKSUM",
          "ANALYZE",
          "WITH");

  private SqlText() {}

  /**
   * Every statement of {@code sql}, judged.
   *
   * @param hashComments true for MySQL-family clients, where {@code #} starts a comment
   */
  static List<SqlEffect> statements(String sql, boolean hashComments) {
    List<SqlEffect> out = new ArrayList<>();
    for (String statement : clean(sql, hashComments).split(";")) {
      List<String> tokens = tokens(statement);
      if (!tokens.isEmpty()) {
        out.add(judge(tokens));
      }
    }
    return out;
  }

  /** The text with comments removed and string contents blanked. */
  static String clean(String sql, boolean hashComments) {
    StringBuilder out = new StringBuilder(sql.length());
    int i = 0;
    boolean lineStart = true;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (lineStart && (c == '\\' || c == '.')) {
        i = endOfLine(sql, i);
        continue;
      }
      lineStart = c == '\n' || (lineStart && Character.isWhitespace(c));
      if (sql.startsWith("--", i) || (hashComments && c == '#')) {
        i = endOfLine(sql, i);
      } else if (sql.startsWith("/*", i)) {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? sql.length() : end + 2;
        out.append(' ');
      } else if (c == '\'' || c == '"' || c == '`') {
        i = quoted(sql, i, c, out);
      } else if (c == '$' && dollarTag(sql, i) != null) {
        String tag = dollarTag(sql, i);
        int end = sql.indexOf(tag, i + tag.length());
        i = end < 0 ? sql.length() : end + tag.length();
        out.append(" 'body' ");
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int endOfLine(String sql, int i) {
    int nl = sql.indexOf('\n', i);
    return nl < 0 ? sql.length() : nl;
  }

  /** Copies a quoted identifier's name ({@code "users"}), blanks a string literal's content. */
  private static int quoted(String sql, int start, char q, StringBuilder out) {
    int i = start + 1;
    StringBuilder body = new StringBuilder();
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == q && i + 1 < sql.length() && sql.charAt(i + 1) == q) {
        i += 2;
      } else if (c == q) {
        i++;
        break;
      } else {
        body.append(c == '\\' && q == '\'' && i + 1 < sql.length() ? sql.charAt(++i) : c);
        i++;
      }
    }
    out.append(q == '\'' ? " 'str' " : " " + body.toString().replaceAll("[^\\w.]", "_") + " ");
    return i;
  }

  private static String dollarTag(String sql, int i) {
    int end = sql.indexOf('$', i + 1);
    if (end < 0) {
      return null;
    }
    String tag = sql.substring(i, end + 1);
    return tag.matches("\\$[A-Za-z_]*\\$") ? tag : null;
  }

  private static List<String> tokens(String statement) {
    List<String> out = new ArrayList<>();
    for (String t :
        statement
            .replace("(", " ( ")
            .replace(")", " ) ")
            .replace(",", " , ")
            .trim()
            .split("\\s+")) {
      if (!t.isEmpty()) {
        out.add(t.toUpperCase(Locale.ROOT).startsWith("'") ? t : t.toUpperCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static SqlEffect judge(List<String> t) {
    String first = t.get(0);
    if (first.equals("EXPLAIN") && t.size() > 1 && t.get(1).equals("ANALYZE")) {
      return judge(t.subList(2, t.size()));
    }
    if (first.equals("WITH")) {
      return withQuery(t);
    }
    return switch (first) {
      case "DROP" -> SqlEffect.destructive("DROP " + objectAndName(t.subList(1, t.size())));
      case "TRUNCATE" -> SqlEffect.destructive("TRUNCATE " + name(t.subList(1, t.size()), 0));
      case "DELETE" -> filtered(t, "DELETE FROM " + name(t.subList(1, t.size()), 0));
      case "UPDATE" -> filtered(t, "UPDATE " + name(t.subList(1, t.size()), 0));
      case "ALTER" -> alter(t);
      default -> READS.contains(first) ? SqlEffect.NONE : SqlEffect.WRITE;
    };
  }

  /** {@code WITH x AS (…) DELETE …}: the statement after the common table expressions. */
  private static SqlEffect withQuery(List<String> t) {
    int depth = 0;
    for (int k = 1; k < t.size(); k++) {
      String s = t.get(k);
      depth += s.equals("(") ? 1 : s.equals(")") ? -1 : 0;
      if (depth == 0 && s.matches("DELETE|UPDATE|INSERT|MERGE|SELECT")) {
        return judge(t.subList(k, t.size()));
      }
    }
    return SqlEffect.NONE;
  }

  private static SqlEffect filtered(List<String> t, String what) {
    int where = t.indexOf("WHERE");
    if (where < 0) {
      return SqlEffect.destructive(what + " without WHERE");
    }
    List<String> cond = t.subList(where + 1, Math.min(t.size(), where + 4));
    String c = String.join("", cond);
    if (c.equals("TRUE") || c.startsWith("1=1") || c.equals("1")) {
      return SqlEffect.destructive(what + " WHERE " + c + " (every row)");
    }
    return SqlEffect.filtered(what + " WHERE …");
  }

  private static SqlEffect alter(List<String> t) {
    for (int k = 1; k < t.size(); k++) {
      if (t.get(k).equals("DROP")) {
        return SqlEffect.destructive(
            "ALTER " + String.join(" ", t.subList(1, Math.min(k, 3))) + " DROP " + name(t, k + 1));
      }
    }
    return SqlEffect.WRITE;
  }

  private static String objectAndName(List<String> t) {
    int k = 0;
    StringBuilder kind = new StringBuilder();
    while (k < t.size() && t.get(k).matches("TEMPORARY|TEMP|MATERIALIZED|FOREIGN|UNLOGGED")) {
      kind.append(t.get(k++)).append(' ');
    }
    if (k < t.size()) {
      kind.append(t.get(k++));
    }
    String n = name(t, k);
    return n.isEmpty() ? kind.toString() : kind + " " + n;
  }

  /**
   * The object name at {@code k}, after {@code IF EXISTS}, {@code TABLE}, {@code FROM}, {@code
   * ONLY}.
   */
  private static String name(List<String> t, int k) {
    int i = k;
    while (i < t.size()
        && t.get(i)
            .matches("IF|EXISTS|TABLE|FROM|ONLY|COLUMN|CONSTRAINT|LOW_PRIORITY|QUICK|IGNORE")) {
      i++;
    }
    return i < t.size() && !t.get(i).matches("[(),]") ? t.get(i).toLowerCase(Locale.ROOT) : "";
  }
}
