package dev.cmdguard.cli;

import dev.cmdguard.Risk;
import dev.cmdguard.Verdict;

/** The colours of risks and verdicts in human output: the more dangerous, the louder. */
final class Severities {
  private Severities() {}

  /** Critical and high in red, medium in yellow, low plain. */
  static String paint(Style style, Risk risk, String text) {
    return switch (risk) {
      case CRITICAL, HIGH -> style.red(text);
      case MEDIUM -> style.yellow(text);
      case LOW -> text;
    };
  }

  /** Deny in bold red, ask in bold yellow, allow in bold green. */
  static String paint(Style style, Verdict verdict, String text) {
    return switch (verdict) {
      case DENY -> style.bold(style.red(text));
      case ASK -> style.bold(style.yellow(text));
      case ALLOW -> style.bold(style.green(text));
    };
  }
}
