package dev.cmdguard.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Asks the human at the terminal whether a command that asks may run (SPEC section 8): {@code y}
 * once, {@code a} always (the exact command goes into the trust store), {@code n} no. The question
 * goes to standard error and the answer is read from standard input one byte at a time, so that
 * nothing after the answer's line is taken from the command that then runs.
 */
final class ApprovalPrompt {
  /** The human's answer. */
  enum Answer {
    /** Run it this once. */
    ONCE,
    /** Run it and remember the approval in the trust store. */
    ALWAYS,
    /** Do not run it (also: end of input, or three answers that were none of these). */
    NO
  }

  private static final int ATTEMPTS = 3;
  private static final int MAX_LINE = 256;

  private ApprovalPrompt() {}

  /**
   * Prints {@code question} and reads answers until one is understood.
   *
   * @param question the lines shown before the choices
   * @param ttl how long "always" lasts, as shown ({@code 7d})
   */
  static Answer ask(String question, String ttl, InputStream in, PrintWriter err) {
    err.println(question);
    for (int i = 0; i < ATTEMPTS; i++) {
      err.print("Run it? [y] once, [a] always (trusted for " + ttl + "), [n] no: ");
      err.flush();
      String line;
      try {
        line = readLine(in);
      } catch (IOException e) {
        return Answer.NO;
      }
      if (line == null) {
        err.println();
        return Answer.NO;
      }
      switch (line.strip().toLowerCase(Locale.ROOT)) {
        case "y", "yes" -> {
          return Answer.ONCE;
        }
        case "a", "always" -> {
          return Answer.ALWAYS;
        }
        case "n", "no", "" -> {
          return Answer.NO;
        }
        default -> err.println("Please answer y, a or n.");
      }
    }
    return Answer.NO;
  }

  /** One line without its end, or null at the end of input; at most {@value #MAX_LINE} bytes. */
  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b; (b = in.read()) != -1; ) {
      if (b == '\n') {
        return line.toString(StandardCharsets.UTF_8);
      }
      if (line.size() < MAX_LINE) {
        line.write(b);
      }
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
  }
}
