package dev.cmdguard.rules.data;

import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the context family needs to know about database commands: whether one only reads, and which
 * hosts and databases it connects to ({@code -h prod-db}, {@code postgres://…@prod-db/app}, a
 * database name operand).
 */
public final class Databases {
  /** Tools that only read a database (dumps and exports). */
  private static final Set<String> READERS =
      Set.of("pg_dump", "pg_dumpall", "mysqldump", "mariadb-dump", "mongodump", "mongoexport");

  private static final Set<String> VALUED =
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
          "-D",
          "--database",
          "-c",
          "--command",
          "-e",
          "--execute",
          "-f",
          "--file",
          "-o",
          "--output",
          "-P",
          "--pset",
          "-v",
          "--set",
          "--variable",
          "-F",
          "-R",
          "-T",
          "-L",
          "--eval",
          "-q",
          "--query",
          "-Q",
          "-S",
          "--server",
          "-n",
          "-a",
          "--pass",
          "-t",
          "-W");

  private Databases() {}

  /** True for a database client, dump tool or database admin tool. */
  public static boolean isDatabaseCommand(String program) {
    return DatabaseChecks.handles(program) || READERS.contains(program);
  }

  /**
   * True when the command provably only reads: a dump, or a client whose statements are all known
   * and read-only ({@code psql -c 'SELECT 1'}). An interactive session or a script file is not
   * known.
   */
  public static boolean readsOnly(Invocation inv, RuleContext context) {
    String p = inv.program();
    if (READERS.contains(p)) {
      return true;
    }
    if (!DatabaseClients.handles(p)) {
      return false;
    }
    DatabaseClients.Query q = DatabaseClients.read(Cmd.of(inv, -1), context);
    return q.known() && q.worst().kind() == SqlEffect.Kind.NONE;
  }

  /** The hosts, connection strings and database names the command names. */
  public static List<Arg> targets(Invocation inv) {
    Cmd c = Cmd.of(inv, -1);
    List<Arg> out =
        new ArrayList<>(
            c.values("-h", "--host", "-d", "--dbname", "-D", "--database", "-S", "--server"));
    Set<String> valued =
        DatabaseClients.REDIS.contains(c.program()) ? DatabaseClients.REDIS_VALUED : VALUED;
    List<Arg> ops = c.positionals(valued);
    if (DatabaseClients.REDIS.contains(c.program())) {
      out.addAll(c.values("-u"));
      return out;
    }
    int dbOperands = c.program().matches("sqlite3?|duckdb") ? 1 : ops.size();
    out.addAll(ops.subList(0, Math.min(dbOperands, ops.size())));
    return out;
  }
}
