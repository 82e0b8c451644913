package dev.cmdguard.rules.data;

import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Arg;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Database command-line clients and the statements they would run: inline ({@code psql -c}, {@code
 * mysql -e}, {@code sqlite3 db "…"}, {@code mongosh --eval}, {@code redis-cli FLUSHALL}, {@code
 * cqlsh -e}, {@code clickhouse-client -q}, {@code sqlcmd -Q}) or on standard input when it is known
 * (heredoc, here-string, {@code echo … |}). Statements in files ({@code -f}, {@code < dump.sql})
 * are not seen.
 */
final class DatabaseClients {
  static final Set<String> SQL =
      Set.of(
          "psql",
          "mysql",
          "mariadb",
          "sqlite3",
          "sqlite",
          "duckdb",
          "cqlsh",
          "clickhouse-client",
          "clickhouse",
          "sqlcmd",
          "snowsql");
  static final Set<String> REDIS = Set.of("redis-cli", "valkey-cli", "keydb-cli");
  static final Set<String> MONGO = Set.of("mongosh", "mongo");
  private static final Set<String> SQLITE_VALUED =
      Set.of(
          "-cmd",
          "-init",
          "-separator",
          "-newline",
          "-nullvalue",
          "-vfs",
          "-maxsize",
          "-mmap",
          "-lookaside",
          "-pagecache",
          "-heap",
          "-A");
  static final Set<String> REDIS_VALUED =
      Set.of(
          "-h",
          "-p",
          "-s",
          "-a",
          "-u",
          "-n",
          "-r",
          "-i",
          "-d",
          "-D",
          "--user",
          "--pass",
          "--cacert",
          "--cacertdir",
          "--cert",
          "--key",
          "--sni",
          "--eval",
          "--rdb",
          "--pattern",
          "--count",
          "--quoted-pattern",
          "--memkeys-samples",
          "--functions-rdb",
          "-t");

  private DatabaseClients() {}

  /**
   * What the client would run.
   *
   * @param worst the most destructive statement
   * @param where the argument holding it, or empty when it came from standard input
   * @param known false when statements come from somewhere unseen (a file, an interactive session)
   */
  record Query(SqlEffect worst, Optional<Arg> where, boolean known) {}

  static boolean handles(String program) {
    return SQL.contains(program) || REDIS.contains(program) || MONGO.contains(program);
  }

  static Query read(Cmd c, RuleContext context) {
    List<Arg> inline = inline(c);
    SqlEffect worst = SqlEffect.NONE;
    Optional<Arg> where = Optional.empty();
    for (Arg a : inline) {
      SqlEffect e = judge(c.program(), a.value(), REDIS.contains(c.program()) ? c : null);
      if (e.kind().compareTo(worst.kind()) > 0) {
        worst = e;
        where = Optional.of(a);
      }
    }
    if (!inline.isEmpty()) {
      return new Query(worst, where, true);
    }
    Optional<String> stdin = StdinText.of(c.invocation(), context);
    if (stdin.isEmpty()) {
      return new Query(SqlEffect.NONE, Optional.empty(), false);
    }
    for (String piece : pieces(c.program(), stdin.get())) {
      SqlEffect e = judge(c.program(), piece, null);
      worst = e.kind().compareTo(worst.kind()) > 0 ? e : worst;
    }
    return new Query(worst, Optional.empty(), true);
  }

  /** The arguments that hold statements. */
  private static List<Arg> inline(Cmd c) {
    return switch (c.program()) {
      case "psql" -> c.values("-c", "--command");
      case "mysql", "mariadb", "cqlsh" -> c.values("-e", "--execute");
      case "sqlite3", "sqlite", "duckdb" -> sqlite(c);
      case "mongosh", "mongo" -> c.values("--eval");
      case "clickhouse-client", "clickhouse", "snowsql" -> c.values("-q", "--query");
      case "sqlcmd" -> c.values("-Q", "-q");
      default -> redis(c);
    };
  }

  private static List<Arg> sqlite(Cmd c) {
    List<Arg> out = new ArrayList<>(c.values("-cmd"));
    List<Arg> ops = c.positionals(SQLITE_VALUED);
    if (ops.size() > 1) {
      out.addAll(ops.subList(1, ops.size()));
    }
    return out;
  }

  /** A Redis command given as arguments is one piece: its first word. */
  private static List<Arg> redis(Cmd c) {
    List<Arg> ops = c.positionals(REDIS_VALUED);
    return ops.isEmpty() ? List.of() : List.of(ops.get(0));
  }

  private static SqlEffect judge(String program, String text, Cmd redisArgs) {
    if (REDIS.contains(program)) {
      List<String> words =
          redisArgs != null
              ? redisArgs.operands(REDIS_VALUED)
              : Arrays.asList(text.trim().split("\\s+"));
      return NoSqlText.redis(words);
    }
    if (MONGO.contains(program)) {
      return NoSqlText.mongo(text);
    }
    return SqlText.statements(text, program.equals("mysql") || program.equals("mariadb")).stream()
        .reduce(SqlEffect.NONE, SqlEffect::worst);
  }

  private static List<String> pieces(String program, String text) {
    return REDIS.contains(program) ? List.of(text.split("\n")) : List.of(text);
  }
}
