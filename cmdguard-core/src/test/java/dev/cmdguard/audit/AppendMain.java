package dev.cmdguard.audit;

import java.nio.file.Path;
import java.util.List;

/**
 * A separate JVM that appends to a log, for the multi-process tests: {@code AppendMain LOG AGENT
 * COUNT [PAD [torn]]} appends COUNT records (forever when COUNT is -1) with agent AGENT and a
 * command padded to PAD characters, prints {@code ready} on standard output after the first 20, and
 * {@code done} at the end. With {@code torn}, it then appends the first half of one more line and
 * halts at once (exit 137), as a writer killed in the middle of its write would.
 */
public final class AppendMain {
  private AppendMain() {}

  public static void main(String[] args) throws Exception {
    Path log = Path.of(args[0]);
    String agent = args[1];
    long count = Long.parseLong(args[2]);
    int pad = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    String filler = "x".repeat(pad);
    try (AuditLog audit = AuditLog.open(new AuditSettings(log, 1L << 40, List.of(), false))) {
      for (long i = 1; count < 0 || i <= count; i++) {
        AuditRecord r = Records.record(agent, i);
        if (pad > 0) {
          r =
              AuditRecord.decision(
                  r.time(),
                  r.session(),
                  r.agent(),
                  r.cwd(),
                  new AuditRecord.Command.Script("echo " + i + " " + filler),
                  r.decision().get());
        }
        audit.append(r);
        if (i == 20) {
          System.out.println("ready");
          System.out.flush();
        }
      }
    }
    if (args.length > 4 && args[4].equals("torn")) {
      byte[] line = AuditRecordJson.line(Records.record(agent, count + 1), count + 1, Sha256.ZERO);
      java.nio.file.Files.write(
          log,
          java.util.Arrays.copyOf(line, line.length / 2),
          java.nio.file.StandardOpenOption.APPEND);
      Runtime.getRuntime().halt(137);
    }
    System.out.println("done");
  }
}
