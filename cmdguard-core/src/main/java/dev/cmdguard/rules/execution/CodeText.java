package dev.cmdguard.rules.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A first look at shell code that the unwrap stage kept as one run-time value because part of it is
 * only known at run time ({@code sh -c "gzip < {} > {}.gz"} from {@code find -exec}, {@code bash -c
 * "rm -rf $DIR"}, {@code parallel rm -rf}): its command words — the first word of each simple
 * command, after assignments, plain wrappers and reserved words, including those in {@code $( )}
 * and backticks. A command word that is itself a run-time value makes the code fully dynamic; a
 * word naming a program that deletes, rewrites, escalates or runs more code makes it as dangerous
 * as its unseen arguments allow. Interim: once the unwrap stage analyses partly known scripts,
 * these become ordinary invocations judged by every family.
 */
final class CodeText {
  /** What the command words of a piece of code say. */
  enum Verdict {
    /** A command word is only known at run time. */
    DYNAMIC,
    /** A command word names a destructive, escalating or code-running program. */
    DANGEROUS,
    /** Only ordinary programs, with some arguments known at run time. */
    PLAIN
  }

  /** A judgement and the word it rests on. */
  record Judgement(Verdict verdict, String word) {}

  /** Words after which the next word is still in command position. */
  private static final Set<String> PREFIXES =
      Set.of(
          "sudo", "env", "nice", "nohup", "time", "command", "exec", "builtin", "!", "{", "}",
          "then", "do", "else", "elif", "if", "while", "until", "done", "fi", "xargs");

  private static final Set<String> DANGEROUS =
      Set.of(
          "rm",
          "rmdir",
          "shred",
          "dd",
          "wipefs",
          "chmod",
          "chown",
          "chgrp",
          "mv",
          "truncate",
          "unlink",
          "git",
          "kubectl",
          "docker",
          "podman",
          "terraform",
          "helm",
          "psql",
          "mysql",
          "mongo",
          "mongosh",
          "redis-cli",
          "sqlite3",
          "kill",
          "pkill",
          "killall",
          "shutdown",
          "reboot",
          "halt",
          "poweroff",
          "curl",
          "wget",
          "nc",
          "ncat",
          "eval",
          "source",
          ".",
          "su",
          "doas",
          "crontab",
          "iptables",
          "systemctl",
          "aws",
          "gcloud",
          "az");

  /** A file name with no expansion left in it. */
  private static final Pattern STATIC_NAME = Pattern.compile("[A-Za-z0-9._+-]+");

  /** Scanner states: the next word is an argument, a command word, or a redirection target. */
  private static final int ARGUMENT = 0;

  private static final int COMMAND = 1;
  private static final int REDIRECT_TARGET = 2;

  private CodeText() {}

  /** Judges the command words of {@code code} (as the unwrap stage shows it). */
  static Judgement judge(String code) {
    Judgement plain = null;
    for (String word : commandWords(code)) {
      if (dynamic(word)) {
        return new Judgement(Verdict.DYNAMIC, word);
      }
      String name = Tools.baseName(word);
      if (DANGEROUS.contains(name) || name.startsWith("mkfs") || Tools.runsCode(name)) {
        return new Judgement(Verdict.DANGEROUS, name);
      }
      if (plain == null) {
        plain = new Judgement(Verdict.PLAIN, name);
      }
    }
    return plain == null ? new Judgement(Verdict.DYNAMIC, code) : plain;
  }

  /** The first word of each simple command in {@code code}. */
  static List<String> commandWords(String code) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int state = COMMAND;
    boolean backtick = false;
    for (int i = 0; i <= code.length(); i++) {
      char c = i < code.length() ? code.charAt(i) : '\n';
      if (c == '\'' && i < code.length()) {
        i = quoted(code, i, word);
        continue;
      }
      boolean substitution = c == '$' && i + 1 < code.length() && code.charAt(i + 1) == '(';
      if (!substitution && ";&|\n()`".indexOf(c) < 0 && !Character.isWhitespace(c)) {
        word.append(c);
        continue;
      }
      boolean casePattern = c == ')' && !word.isEmpty() && state == COMMAND;
      if (!word.isEmpty() && !casePattern) {
        state = take(out, word.toString(), state);
      }
      word.setLength(0);
      if (substitution) {
        i++;
      }
      if (c == '`') {
        backtick = !backtick;
      }
      state = next(c, substitution, backtick, casePattern, state);
    }
    return out;
  }

  /** Appends a single-quoted string to {@code word}; returns the index of its closing quote. */
  private static int quoted(String code, int open, StringBuilder word) {
    int close = code.indexOf('\'', open + 1);
    if (close < 0) {
      word.append(code, open + 1, code.length());
      return code.length() - 1;
    }
    word.append(code, open + 1, close);
    return close;
  }

  /** The state after the separator {@code c}. */
  private static int next(
      char c, boolean substitution, boolean backtickOpen, boolean casePattern, int state) {
    if (substitution) {
      return COMMAND;
    }
    if (c == '`') {
      return backtickOpen ? COMMAND : ARGUMENT;
    }
    if (c == ')') {
      return casePattern ? COMMAND : ARGUMENT;
    }
    return Character.isWhitespace(c) && c != '\n' ? state : COMMAND;
  }

  /** Records {@code word} if it is a command word; returns the state for the next word. */
  private static int take(List<String> out, String word, int state) {
    if (state == REDIRECT_TARGET) {
      return COMMAND;
    }
    if (state == ARGUMENT) {
      return ARGUMENT;
    }
    if (word.matches("[0-9]*(?:[<>]+|>&|<&)")) {
      return REDIRECT_TARGET;
    }
    if (PREFIXES.contains(word)
        || word.matches("[A-Za-z_][A-Za-z0-9_]*=.*")
        || word.matches("[0-9]*[<>].*")) {
      return COMMAND;
    }
    out.add(word.replace("\"", ""));
    return ARGUMENT;
  }

  private static boolean dynamic(String word) {
    int slash = word.lastIndexOf('/');
    if (slash >= 0 && STATIC_NAME.matcher(word.substring(slash + 1)).matches()) {
      return false; // $JAVA_HOME/bin/java: a known program in a run-time directory
    }
    return word.startsWith("$")
        || word.startsWith("{")
        || word.startsWith("<(")
        || word.contains("*")
        || word.contains("?");
  }
}
