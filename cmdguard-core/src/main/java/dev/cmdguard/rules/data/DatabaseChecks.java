package dev.cmdguard.rules.data;

import dev.cmdguard.FindingCode;
import dev.cmdguard.Risk;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Arg;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code DESTRUCTIVE_SQL}: statements that drop or wipe data, run through a database client (high;
 * a {@code DELETE}/{@code UPDATE} with a {@code WHERE} is medium), and the tools and framework
 * tasks that do the same ({@code dropdb}, {@code mysqladmin drop}, {@code pg_restore --clean},
 * {@code mongorestore --drop}, {@code rails db:drop}, {@code manage.py flush}, {@code prisma
 * migrate reset}, {@code flyway clean} … see {@link DatabaseTasks}).
 */
final class DatabaseChecks {
  private static final Set<String> TOOLS =
      Set.of("dropdb", "dropuser", "mysqladmin", "pg_restore", "mongorestore");

  private DatabaseChecks() {}

  static boolean handles(String program) {
    return DatabaseClients.handles(program) || TOOLS.contains(program);
  }

  static void check(Cmd c, RuleContext context, Findings findings, boolean destructiveOnly) {
    if (DatabaseClients.handles(c.program())) {
      client(c, context, findings, destructiveOnly);
      return;
    }
    Optional<Arg> at = tool(c);
    at.ifPresent(
        a ->
            findings
                .report(FindingCode.DESTRUCTIVE_SQL, c.index())
                .message(toolMessage(c, a))
                .at(a)
                .safer(backup(c.program()))
                .add());
  }

  private static void client(
      Cmd c, RuleContext context, Findings findings, boolean destructiveOnly) {
    DatabaseClients.Query q = DatabaseClients.read(c, context);
    SqlEffect e = q.worst();
    SqlEffect.Kind least = destructiveOnly ? SqlEffect.Kind.FILTERED : SqlEffect.Kind.WRITE;
    if (e.kind().compareTo(least) < 0) {
      return;
    }
    if (e.what().isEmpty()) {
      e = new SqlEffect(e.kind(), "a statement that writes");
    }
    boolean destructive = e.kind() == SqlEffect.Kind.DESTRUCTIVE;
    findings
        .report(FindingCode.DESTRUCTIVE_SQL, c.index())
        .severity(destructive || !destructiveOnly ? Risk.HIGH : Risk.MEDIUM)
        .message(
            c.program()
                + " runs "
                + e.what()
                + (destructive
                    ? ", which destroys data that only a backup can bring back"
                    : ", which deletes or changes the rows it selects"))
        .at(q.where().map(Arg::span).orElse(c.invocation().span()))
        .safer(
            e.what().contains("without WHERE")
                ? "add a WHERE clause that selects only the rows meant, and try it in a transaction"
                : backup(c.program()))
        .add();
  }

  /** The argument that makes a database tool destructive, if it is. */
  private static Optional<Arg> tool(Cmd c) {
    List<Arg> ops =
        c.positionals(
            Set.of(
                "-h",
                "--host",
                "-p",
                "--port",
                "-U",
                "--username",
                "-u",
                "--user",
                "-d",
                "--dbname",
                "--maintenance-db"));
    return switch (c.program()) {
      case "dropdb", "dropuser" ->
          c.has("--help", "-?", "-V", "--version") || ops.isEmpty()
              ? Optional.empty()
              : Optional.of(ops.get(ops.size() - 1));
      case "mysqladmin" -> {
        int k = c.words().indexOf("drop");
        yield k >= 0 && k + 1 < c.args().size()
            ? Optional.of(c.args().get(k + 1))
            : Optional.empty();
      }
      case "pg_restore" -> c.option("-c", "--clean");
      default -> c.option("--drop");
    };
  }

  private static String toolMessage(Cmd c, Arg a) {
    return switch (c.program()) {
      case "dropdb" -> "dropdb deletes the database " + a.value() + " and all its data";
      case "dropuser" -> "dropuser deletes the database role " + a.value();
      case "mysqladmin" ->
          "mysqladmin drop deletes the database " + a.value() + " and all its data";
      case "pg_restore" ->
          "pg_restore --clean drops the existing objects before restoring the dump";
      default -> "mongorestore --drop drops each collection before restoring it";
    };
  }

  static String backup(String program) {
    return switch (program) {
      case "psql", "dropdb", "dropuser", "pg_restore" ->
          "pg_dump first, and try the statement inside BEGIN; … ROLLBACK;";
      case "mysql", "mariadb", "mysqladmin" ->
          "mysqldump first, and try the statement inside START TRANSACTION; … ROLLBACK;";
      case "sqlite3", "sqlite", "duckdb" ->
          "copy the database file first (sqlite3 DB '.backup backup.db')";
      case "mongosh", "mongo", "mongorestore" -> "mongodump first";
      case "redis-cli", "valkey-cli", "keydb-cli" ->
          "BGSAVE first, or delete only the keys meant (SCAN with a pattern, then DEL)";
      default -> "back the database up first";
    };
  }
}
