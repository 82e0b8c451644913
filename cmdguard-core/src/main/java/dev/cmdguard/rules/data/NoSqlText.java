package dev.cmdguard.rules.data;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MongoDB shell code ({@code mongosh --eval}, MongoDB manual "Delete Methods", "Drop") and Redis
 * commands (redis.io "FLUSHALL", "FLUSHDB", "DEL"), judged like SQL statements: dropping a database
 * or collection, {@code deleteMany({})} and {@code FLUSHALL} destroy everything; a filtered delete
 * or {@code DEL key} removes what it names.
 */
final class NoSqlText {
  private static final Pattern MONGO_DROP =
      Pattern.compile(
          "(dropDatabase|dropAllUsers|dropAllRoles|dropUser|dropRole|dropIndexes|dropIndex|dropSearchIndex)\\s*\\("
              + "|(\\w+)?\\)?\\.drop\\s*\\(\\s*\\)");
  private static final Pattern MONGO_EMPTY =
      Pattern.compile("\\.(deleteMany|remove|updateMany|update)\\s*\\(\\s*(\\{\\s*\\})?\\s*[,)]");
  private static final Pattern MONGO_FILTERED =
      Pattern.compile(
          "\\.(deleteMany|deleteOne|remove|findOneAndDelete|findAndModify|updateMany|replaceOne)\\s*\\(");
  private static final Pattern MONGO_WRITE =
      Pattern.compile("\\.(insert\\w*|update\\w*|create\\w*|save|rename\\w*|bulkWrite)\\s*\\(");

  private NoSqlText() {}

  /** What MongoDB shell code does, the worst first. */
  static SqlText.Effect mongo(String js) {
    Matcher m = MONGO_DROP.matcher(js);
    if (m.find()) {
      return SqlText.Effect.destructive(m.group().replaceAll("\\s+", "").replaceAll("\\($", "()"));
    }
    m = MONGO_EMPTY.matcher(js);
    if (m.find()) {
      return SqlText.Effect.destructive(m.group(1) + "({}) on every document");
    }
    m = MONGO_FILTERED.matcher(js);
    if (m.find()) {
      return SqlText.Effect.filtered(m.group(1) + "(filter)");
    }
    return MONGO_WRITE.matcher(js).find() ? SqlText.Effect.WRITE : SqlText.Effect.NONE;
  }

  /** What one Redis command does, given its words. */
  static SqlText.Effect redis(List<String> words) {
    if (words.isEmpty()) {
      return SqlText.Effect.NONE;
    }
    String cmd = words.get(0).toUpperCase(Locale.ROOT);
    String sub = words.size() > 1 ? words.get(1).toUpperCase(Locale.ROOT) : "";
    return switch (cmd) {
      case "FLUSHALL", "FLUSHDB" -> SqlText.Effect.destructive(cmd);
      case "FUNCTION" ->
          sub.equals("FLUSH") ? SqlText.Effect.destructive("FUNCTION FLUSH") : SqlText.Effect.WRITE;
      case "DEL", "UNLINK", "HDEL", "XTRIM", "ZREMRANGEBYSCORE", "ZREMRANGEBYRANK" ->
          SqlText.Effect.filtered(cmd + (words.size() > 1 ? " " + words.get(1) : ""));
      case "GET",
          "MGET",
          "KEYS",
          "SCAN",
          "INFO",
          "PING",
          "TTL",
          "TYPE",
          "EXISTS",
          "HGET",
          "HGETALL",
          "LRANGE",
          "SMEMBERS",
          "ZRANGE",
          "DBSIZE",
          "MONITOR",
          "CLIENT",
          "SLOWLOG",
          "MEMORY",
          "LATENCY",
          "STRLEN",
          "LLEN",
          "SCARD",
          "HKEYS",
          "XRANGE",
          "XLEN",
          "SUBSCRIBE",
          "PSUBSCRIBE",
          "ECHO",
          "TIME",
          "LASTSAVE",
          "ROLE",
          "COMMAND",
          "HELP" ->
          SqlText.Effect.NONE;
      default -> SqlText.Effect.WRITE;
    };
  }
}
