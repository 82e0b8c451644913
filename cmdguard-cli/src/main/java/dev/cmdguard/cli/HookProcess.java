package dev.cmdguard.cli;

import dev.cmdguard.audit.AuditLogSink;
import dev.cmdguard.audit.AuditSink;
import dev.cmdguard.cli.hook.HookAdapter;
import dev.cmdguard.cli.hook.HookContext;
import dev.cmdguard.cli.hook.HookOutput;
import dev.cmdguard.cli.hook.Hooks;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.InstantSource;

/**
 * One hook call, from the payload on standard input to the agent's answer: the work of {@code
 * cmdguard hook AGENT} ({@link HookCommand}), kept free of picocli so that {@link Entry} can run it
 * without loading picocli's classes (an agent waits for every hook call; picocli's class files are
 * too old for the JVM's class-data archive and cost tens of milliseconds to load and verify).
 */
final class HookProcess {
  private HookProcess() {}

  /**
   * Answers one call: what {@code cmdguard hook AGENT} does after parsing its arguments. {@link
   * Entry#main} calls this directly for {@code hook AGENT}, without picocli.
   *
   * @return the exit status
   */
  static int run(HookAdapter adapter, Environment env, PrintWriter out, PrintWriter err) {
    HookOutput answer;
    try {
      answer = answer(adapter, read(env.stdin().get()), env);
    } catch (IOException e) {
      answer = adapter.refuse(blocked("cannot read standard input (" + e.getMessage() + ")"));
    } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
      answer = adapter.refuse(blocked("internal error (" + e.getClass().getSimpleName() + ")"));
    }
    out.print(answer.stdout());
    out.flush();
    err.print(answer.stderr());
    err.flush();
    return answer.exitCode();
  }

  private static HookOutput answer(HookAdapter adapter, byte[] payload, Environment env) {
    PolicySetup.Audited audited = PolicySetup.auditedOnce(env);
    try {
      return Hooks.handle(adapter, payload, audited.guard(), context(env, audited));
    } finally {
      try {
        audited.close();
      } catch (IOException e) {
        // The records are written whole or not at all when appended; closing frees the file.
      }
    }
  }

  private static String blocked(String what) {
    return "cmdguard: " + what + "; the command was not judged, so it is blocked";
  }

  /** At most one byte more than {@link Hooks#MAX_PAYLOAD_BYTES}, so an oversized input shows. */
  private static byte[] read(InputStream in) throws IOException {
    return in.readNBytes(Hooks.MAX_PAYLOAD_BYTES + 1);
  }

  /** The user's home and name; refusals go to the audit log the guard writes to. */
  static HookContext context(Environment env, PolicySetup.Audited audited) {
    String home =
        env.workingDirectory().resolve(env.variable("HOME", env.userHome())).normalize().toString();
    String user = env.variable("USER", env.userName());
    AuditSink refusals =
        audited
            .log()
            .<AuditSink>map(log -> new AuditLogSink(log, InstantSource.system()))
            .orElse(AuditSink.NONE);
    return new HookContext(home, user, refusals);
  }
}
