package dev.cmdguard.rules.context;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells production names apart (SPEC section 6, {@code production.patterns}, default {@code prod,
 * production, prd, live}): a name is production when one of its segments — the parts between {@code
 * - _ . / : @ =} and other punctuation — is a pattern, ignoring case. {@code prod-db.internal},
 * {@code values-production.yaml}, {@code arn:…:prod} are; {@code product}, {@code reproduce},
 * {@code liveness} are not.
 */
final class ProductionNames {
  static final List<String> DEFAULT_PATTERNS = List.of("prod", "production", "prd", "live");
  private static final Pattern SPLIT = Pattern.compile("[^\\p{Alnum}]+");

  private final List<String> patterns;

  ProductionNames(List<String> patterns) {
    this.patterns = patterns.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
  }

  /** The production segment of {@code name}, if it has one. */
  Optional<String> segment(String name) {
    if (name.isEmpty()) {
      return Optional.empty();
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (patterns.stream().noneMatch(lower::contains)) {
      return Optional.empty();
    }
    for (String part : SPLIT.split(lower)) {
      if (patterns.contains(part)) {
        return Optional.of(part);
      }
    }
    return Optional.empty();
  }

  /**
   * True when {@code name} as a whole is one of the patterns ({@code production}, not {@code
   * live-chat}).
   */
  boolean isPattern(String name) {
    return patterns.contains(name.toLowerCase(Locale.ROOT));
  }

  /** True when {@code name} has a production segment. */
  boolean matches(String name) {
    return segment(name).isPresent();
  }

  /**
   * True when the host of {@code url} (not its path: {@code localhost:9200/prod-index} is local) is
   * a production name. A value without a scheme is read as a host.
   */
  boolean hostMatches(String url) {
    String host = url;
    if (url.contains("://")) {
      try {
        host = Optional.ofNullable(URI.create(url.replace(" ", "%20")).getHost()).orElse("");
      } catch (IllegalArgumentException e) {
        host = url.substring(url.indexOf("://") + 3).replaceAll("[/?#].*$", "");
      }
    }
    host = host.replaceAll("^.*@", "").replaceAll(":\\d+$", "");
    return !host.equals("localhost") && matches(host);
  }
}
