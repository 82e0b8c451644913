package dev.cmdguard.audit;

import dev.cmdguard.Decision;
import dev.cmdguard.EvaluationRequest;
import java.io.IOException;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;

/**
 * The audit log as a guard's {@link AuditSink}: one decision record per evaluation, stamped by the
 * given wall clock, with the request's agent, session, cwd and command.
 */
public final class AuditLogSink implements AuditSink {
  private final AuditLog log;
  private final InstantSource clock;

  /**
   * @param log where records go (the caller closes it)
   * @param clock the wall clock for record times ({@code InstantSource.system()})
   */
  public AuditLogSink(AuditLog log, InstantSource clock) {
    this.log = Objects.requireNonNull(log, "log");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void record(EvaluationRequest request, Decision decision) throws IOException {
    log.append(
        AuditRecord.decision(
            clock.instant(),
            present(request.session()),
            present(request.agent()),
            request.cwd(),
            command(request),
            decision));
  }

  /** The request's command as an audit record names it: the script, or the argv as a list. */
  public static AuditRecord.Command command(EvaluationRequest request) {
    return request.script().isPresent()
        ? new AuditRecord.Command.Script(request.script().get())
        : new AuditRecord.Command.Argv(request.argv().orElseThrow());
  }

  private static Optional<String> present(String value) {
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
