package dev.cmdguard.cli.serve;

import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request as the endpoints see it, independent of the server library.
 *
 * @param method the request method, upper case ({@code GET}, {@code POST})
 * @param path the path without the query ({@code /v1/evaluate})
 * @param contentType the {@code Content-Type} header, if sent
 * @param host the {@code Host} header, if sent
 * @param loopbackOnly true when the request came over TCP to a loopback-only listener: then a
 *     {@code Host} that is not a loopback name is refused (DNS rebinding)
 * @param body the request body; empty when it was larger than the limit
 * @param tooLarge true when the body was larger than the limit and was not read
 */
record Call(
    String method,
    String path,
    Optional<String> contentType,
    Optional<String> host,
    boolean loopbackOnly,
    byte[] body,
    boolean tooLarge) {
  Call {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(body, "body");
  }
}
