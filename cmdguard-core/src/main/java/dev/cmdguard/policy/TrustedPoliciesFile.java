package dev.cmdguard.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The file format of the trusted project policies, version 1:
 *
 * <pre>
 * {
 *   "version" : 1,
 *   "policies" : [ {
 *     "path" : "/home/dev/project/.cmdguard.yaml",
 *     "sha256" : "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
 *     "trusted" : "2025-06-01T12:00:00Z"
 *   } ]
 * }
 * </pre>
 *
 * Reading is strict, as for the trust store: unknown fields, duplicate keys or paths, a path that
 * is not absolute and normalised, or a hash that is not 64 lower-case hex digits make the whole
 * file unusable, and then no project policy is trusted.
 */
final class TrustedPoliciesFile {
  static final int VERSION = 1;

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private TrustedPoliciesFile() {}

  /**
   * One trusted policy file.
   *
   * @param path the absolute, normalised path
   * @param sha256 the SHA-256 of the bytes the user trusted, 64 lower-case hex digits
   * @param trusted when
   */
  record Policy(String path, String sha256, Instant trusted) {
    Policy {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(trusted, "trusted");
      if (!SHA256.matcher(sha256).matches()) {
        throw new IllegalArgumentException(
            "a SHA-256 is 64 lower-case hex digits, not '" + sha256 + "'");
      }
    }
  }

  /**
   * The policies by path, in file order.
   *
   * @throws IOException {@code line L, column C: what is wrong}
   */
  static Map<String, Policy> parse(byte[] bytes) throws IOException {
    return JsonCursor.read(bytes, TrustedPoliciesFile::document);
  }

  /** The file's bytes: pretty-printed UTF-8 JSON, policies sorted by path, a final newline. */
  static byte[] write(Collection<Policy> policies) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeNumberField("version", VERSION);
      json.writeArrayFieldStart("policies");
      for (Policy p : policies.stream().sorted(Comparator.comparing(Policy::path)).toList()) {
        json.writeStartObject();
        json.writeStringField("path", p.path());
        json.writeStringField("sha256", p.sha256());
        json.writeStringField("trusted", p.trusted().toString());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
    return out.toByteArray();
  }

  private static Map<String, Policy> document(JsonCursor json) throws IOException {
    json.startObject();
    Long version = null;
    Map<String, Policy> policies = null;
    for (String field = json.nextField(); field != null; field = json.nextField()) {
      switch (field) {
        case "version" -> version = json.integer();
        case "policies" -> policies = policies(json);
        default -> throw json.error("unknown field '" + field + "' in the trusted policies");
      }
    }
    if (version == null || version != VERSION) {
      throw json.error("expected \"version\": " + VERSION + ", found " + version);
    }
    if (policies == null) {
      throw json.error("missing \"policies\"");
    }
    return Collections.unmodifiableMap(policies);
  }

  private static Map<String, Policy> policies(JsonCursor json) throws IOException {
    json.startArray();
    Map<String, Policy> out = new LinkedHashMap<>();
    while (json.more()) {
      Policy p = policy(json);
      if (out.put(p.path(), p) != null) {
        throw json.error("the path '" + p.path() + "' is listed twice");
      }
    }
    return out;
  }

  private static Policy policy(JsonCursor json) throws IOException {
    json.startObject();
    String path = null;
    String sha256 = null;
    Instant trusted = null;
    for (String field = json.nextField(); field != null; field = json.nextField()) {
      switch (field) {
        case "path" -> path = json.string();
        case "sha256" -> sha256 = json.string();
        case "trusted" -> trusted = json.instant();
        default -> throw json.error("unknown field '" + field + "' in a trusted policy");
      }
    }
    if (path == null || sha256 == null || trusted == null) {
      throw json.error("a trusted policy needs path, sha256 and trusted");
    }
    if (!ProjectTrust.isNormalisedAbsolute(path)) {
      throw json.error("'" + path + "' is not an absolute, normalised path");
    }
    try {
      return new Policy(path, sha256, trusted);
    } catch (IllegalArgumentException e) {
      throw json.error(e.getMessage());
    }
  }
}
