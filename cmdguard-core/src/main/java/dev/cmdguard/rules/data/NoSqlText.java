package dev.cmdguard.rules.data;

import java.util.List;
import java.util.Locale;
import java.util.Set;
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

  private static final Set<String> REDIS_DELETES =
      Set.of("DEL", "UNLINK", "HDEL", "XTRIM", "ZREMRANGEBYSCORE", "ZREMRANGEBYRANK");
  private static final Set<String> REDIS_READS =
      Set.of(
          ("GET MGET KEYS SCAN INFO PING TTL TYPE EXISTS HGET HGETALL LRANGE SMEMBERS ZRANGE DBSIZE"
                  + " MONITOR CLIENT SLOWLOG MEMORY LATENCY STRLEN LLEN SCARD HKEYS XRANGE XLEN"
                  + " SUBSCRIBE PSUBSCRIBE ECHO TIME LASTSAVE ROLE COMMAND HELP SELECT")
              .split(" "));

  private NoSqlText() {}

  /** What MongoDB shell code does, the worst first. */
  static SqlEffect mongo(String js) {
    Matcher m = MONGO_DROP.matcher(js);
    if (m.find()) {
      return SqlEffect.destructive(m.group().replaceAll("\\s+", "").replaceAll("\\($", "()"));
    }
    m = MONGO_EMPTY.matcher(js);
    if (m.find()) {
      return SqlEffect.destructive(m.group(1) + "({}) on every document");
    }
    m = MONGO_FILTERED.matcher(js);
    if (m.find()) {
      return SqlEffect.filtered(m.group(1) + "(filter)");
    }
    return MONGO_WRITE.matcher(js).find() ? SqlEffect.WRITE : SqlEffect.NONE;
  }

  /** What one Redis command does, given its words. */
  static SqlEffect redis(List<String> words) {
    if (words.isEmpty()) {
      return SqlEffect.NONE;
    }
    String cmd = words.get(0).toUpperCase(Locale.ROOT);
    String sub = words.size() > 1 ? words.get(1).toUpperCase(Locale.ROOT) : "";
    if (cmd.equals("FLUSHALL")
        || cmd.equals("FLUSHDB")
        || (cmd.equals("FUNCTION") && sub.equals("FLUSH"))) {
      return SqlEffect.destructive(cmd + (cmd.equals("FUNCTION") ? " FLUSH" : ""));
    }
    if (REDIS_DELETES.contains(cmd)) {
      return SqlEffect.filtered(cmd + (words.size() > 1 ? " " + words.get(1) : ""));
    }
    return REDIS_READS.contains(cmd) ? SqlEffect.NONE : SqlEffect.WRITE;
  }
}
