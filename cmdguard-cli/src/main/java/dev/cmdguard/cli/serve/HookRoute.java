package dev.cmdguard.cli.serve;

import dev.cmdguard.cli.hook.HookAdapter;
import dev.cmdguard.cli.hook.HookAdapters;
import dev.cmdguard.cli.hook.HookOutput;
import dev.cmdguard.cli.hook.Hooks;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /v1/hooks/{agent}}: the agent's own hook payload in, the agent's own answer out, the
 * same bytes {@code cmdguard hook AGENT} would print (issue 7), so an agent's HTTP hook can point
 * here directly. Always {@code 200} with the answer as the body ({@code ""} for a call that is not
 * a shell command), except for an unknown agent (404) and a wrong method (405): an agent reads an
 * HTTP error as "no opinion" and would run the command, so every other problem, a cross-site {@code
 * Content-Type}, a foreign {@code Host}, an oversized or malformed payload, is answered with the
 * agent's deny.
 */
final class HookRoute {
  static final String PREFIX = "/v1/hooks/";

  private final Backend backend;
  private final int maxBodyBytes;

  HookRoute(Backend backend, int maxBodyBytes) {
    this.backend = backend;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** Answers a call whose path starts with {@link #PREFIX}. */
  Reply answer(Call call) {
    String agent = call.path().substring(PREFIX.length());
    Optional<HookAdapter> adapter = HookAdapters.byName(agent);
    if (adapter.isEmpty()) {
      return Reply.error(
          404,
          "no such agent '"
              + agent
              + "' (expected "
              + String.join(", ", HookAdapters.names())
              + ")");
    }
    try {
      return answer(adapter.get(), call);
    } catch (RuntimeException | StackOverflowError e) {
      return reply(
          adapter.get().refuse(blocked("internal error (" + e.getClass().getSimpleName() + ")")));
    }
  }

  private Reply answer(HookAdapter adapter, Call call) {
    Optional<Refusal> refusal = Refusal.of(call, "POST", maxBodyBytes);
    if (refusal.isEmpty()) {
      return reply(backend.hooks().apply(adapter, call.body()));
    }
    return switch (refusal.get().status()) {
      case 405 -> refusal.get().reply("POST");
      // Hooks.handle refuses a payload over its limit unread and records the refusal, as the CLI.
      case 413 -> reply(backend.hooks().apply(adapter, oversized()));
      default -> reply(adapter.refuse(blocked(refusal.get().message())));
    };
  }

  private static String blocked(String what) {
    return "cmdguard: " + what + "; the command was not judged, so it is blocked";
  }

  private static byte[] oversized() {
    return new byte[Hooks.MAX_PAYLOAD_BYTES + 1];
  }

  private static Reply reply(HookOutput output) {
    return new Reply(200, Reply.JSON, output.stdoutBytes(), Map.of());
  }
}
