package dev.cmdguard.policy;

import java.util.Locale;
import java.util.Objects;

/**
 * One {@code rules.allow|ask|deny} entry: a token-prefix pattern ({@code "git push * main"}) with
 * {@code *} as a glob inside a token, and where it was written (SPEC section 6).
 *
 * @param action what a match asks for
 * @param pattern the pattern as written
 * @param source where it was written
 */
public record PolicyRule(Action action, String pattern, PolicySource source) {
  public PolicyRule {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(source, "source");
  }

  /** What a matching rule asks for; declared from weakest to strictest. */
  public enum Action {
    ALLOW,
    ASK,
    DENY;

    /** {@code allow}, {@code ask} or {@code deny}, as in YAML. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** For humans and {@code policySources}: {@code deny "git push * main" (user ~/.c…:4:11)}. */
  public String describe() {
    return action.label() + " \"" + pattern + "\" (" + source.describe() + ")";
  }
}
