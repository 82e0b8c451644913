package dev.cmdguard;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One command to judge and the context it would run in. Exactly one of {@code script} (shell text,
 * as an agent's Bash tool sends it) and {@code argv} (a program and arguments executed without a
 * shell) is present.
 *
 * @param script the shell text
 * @param argv the argv, each element exactly as passed to execve
 * @param cwd absolute working directory; also the workspace root
 * @param home absolute home directory of the user
 * @param user login name
 * @param environment variables of the agent's environment that the evaluation may use, by name
 * @param agent the agent asking ({@code claude-code}, {@code codex} …), for the audit log
 * @param session the agent's session id, for the audit log
 * @param profile a profile for this request only, overriding the guard's
 */
public record EvaluationRequest(
    Optional<String> script,
    Optional<List<String>> argv,
    String cwd,
    String home,
    String user,
    Map<String, String> environment,
    String agent,
    String session,
    Optional<Profile> profile) {

  /**
   * @throws IllegalArgumentException when both or neither of script and argv are given, or a
   *     directory is not absolute
   */
  public EvaluationRequest {
    Objects.requireNonNull(script, "script");
    argv = Objects.requireNonNull(argv, "argv").map(List::copyOf);
    if (script.isPresent() == argv.isPresent()) {
      throw new IllegalArgumentException("give exactly one of script and argv");
    }
    requireAbsolute("cwd", cwd);
    requireAbsolute("home", home);
    Objects.requireNonNull(user, "user");
    environment = Map.copyOf(environment);
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(profile, "profile");
  }

  private static void requireAbsolute(String name, String dir) {
    Objects.requireNonNull(dir, name);
    if (!dir.startsWith("/")) {
      throw new IllegalArgumentException(name + " must be an absolute path: " + dir);
    }
  }

  /** A request for shell text, run in {@code cwd} by {@code user} whose home is {@code home}. */
  public static EvaluationRequest script(String text, String cwd, String home, String user) {
    return new EvaluationRequest(
        Optional.of(text), Optional.empty(), cwd, home, user, Map.of(), "", "", Optional.empty());
  }

  /** A request for an argv executed without a shell. */
  public static EvaluationRequest argv(List<String> argv, String cwd, String home, String user) {
    return new EvaluationRequest(
        Optional.empty(), Optional.of(argv), cwd, home, user, Map.of(), "", "", Optional.empty());
  }

  /** This request with a profile of its own. */
  public EvaluationRequest withProfile(Profile p) {
    return new EvaluationRequest(
        script, argv, cwd, home, user, environment, agent, session, Optional.of(p));
  }

  /** This request on behalf of an agent's session. */
  public EvaluationRequest from(String agentName, String sessionId) {
    return new EvaluationRequest(
        script, argv, cwd, home, user, environment, agentName, sessionId, profile);
  }

  /** This request with these environment variables. */
  public EvaluationRequest withEnvironment(Map<String, String> variables) {
    return new EvaluationRequest(script, argv, cwd, home, user, variables, agent, session, profile);
  }

  /** The command as text: the script, or the argv joined by spaces. */
  public String text() {
    return script.orElseGet(() -> String.join(" ", argv.orElseThrow()));
  }
}
