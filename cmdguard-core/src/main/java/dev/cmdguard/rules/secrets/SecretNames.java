package dev.cmdguard.rules.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secret-like environment variable names, and the expansions of them that reveal their value.
 *
 * <p>A name is secret-like when one of its {@code _}-separated words says so ({@code TOKEN}, {@code
 * SECRET}, {@code PASSWORD}, {@code PASS}, {@code CREDENTIALS}, {@code PAT}…), when it ends in
 * {@code KEY} after a qualifier ({@code API_KEY}, {@code STRIPE_KEY}, not {@code PUBLIC_KEY},
 * {@code SORT_KEY} or a bare {@code KEY}), or when it is a connection string that embeds a password
 * ({@code DATABASE_URL}, {@code MONGODB_URI}, {@code *_CONNECTION_STRING}). A last word naming
 * something else ({@code TOKEN_FILE}, {@code SSH_KEY_PATH}, {@code TOKEN_URL}) makes it harmless.
 * This is the list of the security model (vectra-guard's {@code envprotect}), cut at word
 * boundaries so that {@code $KEYBOARD} and {@code $MONKEY} are not secrets.
 */
final class SecretNames {
  private static final Set<String> SECRET_WORDS =
      Set.of(
          "TOKEN",
          "TOKENS",
          "SECRET",
          "SECRETS",
          "PASSWORD",
          "PASSWORDS",
          "PASSWD",
          "PASS",
          "PASSPHRASE",
          "CREDENTIAL",
          "CREDENTIALS",
          "CREDS",
          "APIKEY",
          "PAT");

  private static final List<String> SECRET_PARTS =
      List.of("TOKEN", "SECRET", "PASSWORD", "PASSWD", "APIKEY", "CREDENTIAL");

  private static final Set<String> HARMLESS_LAST_WORDS =
      Set.of(
          "PATH",
          "FILE",
          "FILES",
          "DIR",
          "URL",
          "URI",
          "ENDPOINT",
          "HOST",
          "PORT",
          "NAME",
          "ID",
          "TYPE",
          "LENGTH",
          "LEN",
          "SIZE",
          "EXPIRY",
          "EXPIRES",
          "EXPIRATION",
          "TTL",
          "ENABLED",
          "HEADER",
          "PROMPT",
          "PREFIX",
          "COUNT",
          "REGION",
          "USER",
          "USERNAME",
          "FORMAT",
          "ALGORITHM",
          "VERSION",
          "SOCK",
          "PID",
          "TTY",
          "ISSUER",
          "AUDIENCE",
          "SCOPE",
          "SCOPES");

  /**
   * Words that make the whole name harmless: counts and limits ({@code MAX_TOKENS}), and values
   * public by design ({@code NEXT_PUBLIC_…}, {@code STRIPE_PUBLISHABLE_KEY}, {@code ANON_KEY}).
   */
  private static final Set<String> HARMLESS_WORDS =
      Set.of("MAX", "MIN", "NUM", "LIMIT", "PUBLIC", "PUBLISHABLE", "ANON", "POLICY");

  private static final Set<String> HARMLESS_KEY_QUALIFIERS =
      Set.of(
          "PUBLIC",
          "PUB",
          "SORT",
          "PRIMARY",
          "PARTITION",
          "CACHE",
          "FOREIGN",
          "HASH",
          "RANGE",
          "IDEMPOTENCY",
          "ROUTING",
          "GROUP",
          "SHORTCUT",
          "HOT",
          "MAP",
          "LOOKUP",
          "INDEX",
          "OBJECT",
          "S3",
          "REGISTRY",
          "GPG");

  private static final Set<String> CONNECTION_STRINGS =
      Set.of(
          "DATABASE_URL",
          "DB_URL",
          "MONGODB_URI",
          "MONGO_URI",
          "MONGO_URL",
          "MONGODB_URL",
          "REDIS_URL",
          "AMQP_URL",
          "RABBITMQ_URL",
          "POSTGRES_URL",
          "MYSQL_URL");

  /** Names that look secret but hold a path, socket or identifier. */
  private static final Set<String> NOT_SECRETS =
      Set.of("GOOGLE_APPLICATION_CREDENTIALS", "AWS_SHARED_CREDENTIALS_FILE", "SSH_AUTH_SOCK");

  /** {@code $NAME}, {@code ${…}}, and the substitutions skipped over. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private static final Pattern SHORT_SUBSTRING = Pattern.compile(":\\s*-?\\d+\\s*:\\s*[1-8]");

  private SecretNames() {}

  /** True when {@code name} is a secret-like variable name. */
  static boolean isSecret(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    if (NOT_SECRETS.contains(upper)) {
      return false;
    }
    if (CONNECTION_STRINGS.contains(upper)
        || upper.endsWith("_DATABASE_URL")
        || upper.contains("CONNECTION_STRING")) {
      return true;
    }
    List<String> words = List.of(upper.split("_+")).stream().filter(w -> !w.isEmpty()).toList();
    if (words.isEmpty()
        || HARMLESS_LAST_WORDS.contains(words.get(words.size() - 1))
        || words.stream().anyMatch(HARMLESS_WORDS::contains)) {
      return false;
    }
    for (String word : words) {
      if (SECRET_WORDS.contains(word)
          || (SECRET_PARTS.stream().anyMatch(word::contains) && !word.startsWith("TOKENIZ"))) {
        return true;
      }
    }
    return endsInQualifiedKey(words);
  }

  private static boolean endsInQualifiedKey(List<String> words) {
    String last = words.get(words.size() - 1);
    if (words.size() < 2 || !(last.equals("KEY") || last.equals("KEYS"))) {
      return false;
    }
    return !HARMLESS_KEY_QUALIFIERS.contains(words.get(words.size() - 2));
  }

  /** True when the AWS secret key or a private key is named: these never travel in a request. */
  static boolean neverSent(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    return upper.contains("SECRET_ACCESS_KEY") || upper.contains("PRIVATE_KEY");
  }

  /**
   * The secret-like variables whose value {@code text} expands: {@code $NAME} and {@code ${NAME}}
   * with the operators that yield the value ({@code :-}, {@code %}, {@code #}, {@code @Q}…). Not
   * {@code ${#NAME}} (its length), {@code ${NAME:+x}} (whether it is set), {@code ${!NAME}}, {@code
   * ${NAME/pattern/…}} (usually masking), a substring of at most 8 characters, nor what is inside
   * {@code $( )} or backticks (those commands are invocations of their own).
   *
   * @param text an argument's source-like text ({@link dev.cmdguard.unwrap.Arg#value()} of a
   *     dynamic argument) or an expanded heredoc body
   */
  static List<String> expanded(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '`') {
        int end = text.indexOf('`', i + 1);
        i = end < 0 ? text.length() : end + 1;
      } else if (c == '$' && i + 1 < text.length()) {
        i = expansion(text, i + 1, out);
      } else {
        i++;
      }
    }
    return out;
  }

  /** Reads the expansion after a {@code $} at {@code from}; returns where scanning resumes. */
  private static int expansion(String text, int from, List<String> out) {
    char next = text.charAt(from);
    if (next == '(') {
      return closing(text, from, '(', ')');
    }
    if (next == '{') {
      int end = closing(text, from, '{', '}');
      braced(text.substring(from + 1, Math.max(from + 1, end - 1)), out);
      return end;
    }
    Matcher m = NAME.matcher(text).region(from, text.length());
    if (m.lookingAt()) {
      add(m.group(), out);
      return m.end();
    }
    return from;
  }

  private static void braced(String inside, List<String> out) {
    if (inside.startsWith("#") || inside.startsWith("!")) {
      return;
    }
    Matcher m = NAME.matcher(inside);
    if (!m.lookingAt()) {
      return;
    }
    String rest = inside.substring(m.end());
    if (rest.startsWith(":+")
        || rest.startsWith("+")
        || rest.startsWith("/")
        || SHORT_SUBSTRING.matcher(rest).lookingAt()) {
      return;
    }
    add(m.group(), out);
  }

  private static void add(String name, List<String> out) {
    if (isSecret(name) && !out.contains(name)) {
      out.add(name);
    }
  }

  /** The index just past the bracket that closes the one at {@code open}. */
  private static int closing(String text, int open, char left, char right) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == left) {
        depth++;
      } else if (c == right && --depth == 0) {
        return i + 1;
      }
    }
    return text.length();
  }
}
