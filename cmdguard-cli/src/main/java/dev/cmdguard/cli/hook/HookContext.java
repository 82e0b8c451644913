package dev.cmdguard.cli.hook;

import java.util.Objects;

/**
 * What a hook knows besides the payload: whose command it is and where decisions are recorded.
 *
 * @param home the absolute home directory of the user the agent runs as ({@code ~}, {@code $HOME})
 * @param user the user's login name ({@code $USER})
 * @param audit where each decision goes, with the agent's name and session
 */
public record HookContext(String home, String user, HookAudit audit) {
  /**
   * @throws IllegalArgumentException when {@code home} is not absolute
   */
  public HookContext {
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(audit, "audit");
    if (!home.startsWith("/")) {
      throw new IllegalArgumentException("home must be an absolute path: " + home);
    }
  }
}
