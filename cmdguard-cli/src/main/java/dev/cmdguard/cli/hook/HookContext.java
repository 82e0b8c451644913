package dev.cmdguard.cli.hook;

import dev.cmdguard.audit.AuditSink;
import java.util.Objects;

/**
 * What a hook knows besides the payload: whose command it is, and where refusals are recorded.
 *
 * @param home the absolute home directory of the user the agent runs as ({@code ~}, {@code $HOME})
 * @param user the user's login name ({@code $USER})
 * @param refusals where the deny for a payload that could not be judged is recorded, with the
 *     agent's name and the session when it could be read; decisions the guard makes are recorded by
 *     the guard's own audit sink ({@code CommandGuard.Builder#audit}), so give the same log to both
 */
public record HookContext(String home, String user, AuditSink refusals) {
  /**
   * @throws IllegalArgumentException when {@code home} is not absolute
   */
  public HookContext {
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(refusals, "refusals");
    if (!home.startsWith("/")) {
      throw new IllegalArgumentException("home must be an absolute path: " + home);
    }
  }
}
