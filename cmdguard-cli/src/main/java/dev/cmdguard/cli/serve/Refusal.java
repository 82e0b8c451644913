package dev.cmdguard.cli.serve;

import java.util.Locale;
import java.util.Optional;

/**
 * Why a request is not handed to its route, checked the same way for every route: a {@code Host}
 * that is not a loopback name (421), the wrong method (405), a {@code Content-Type} that is not
 * JSON (415), a body over the limit (413). Each route says it in its own way: the JSON routes as
 * {@code {"error": …}} with the status, the hook route (except for a wrong method) as the agent's
 * deny, because an agent treats an HTTP error as "no opinion" and would let the command run.
 *
 * @param status the HTTP status for the JSON routes
 * @param message one sentence naming the problem
 */
record Refusal(int status, String message) {
  /**
   * The refusal due for {@code call} on a route that takes {@code method}, if any.
   *
   * @param maxBodyBytes the body limit, named in a 413
   */
  static Optional<Refusal> of(Call call, String method, int maxBodyBytes) {
    if (call.loopbackOnly() && call.host().isPresent() && !LoopbackHost.named(call.host().get())) {
      return Optional.of(
          new Refusal(
              421,
              "Host '"
                  + call.host().get()
                  + "' is not a loopback name; this service answers only localhost, 127.0.0.1"
                  + " and [::1]"));
    }
    if (!call.method().equals(method)) {
      return Optional.of(
          new Refusal(
              405, call.method() + " is not allowed on " + call.path() + "; use " + method));
    }
    if (call.contentType().isPresent() && !json(call.contentType().get())) {
      return Optional.of(
          new Refusal(
              415, "Content-Type must be application/json, not " + call.contentType().get()));
    }
    if (call.tooLarge()) {
      return Optional.of(new Refusal(413, "request body larger than " + maxBodyBytes + " bytes"));
    }
    return Optional.empty();
  }

  /** The JSON error reply: {@code Allow} with a 405, {@code Connection: close} with a 413. */
  Reply reply(String method) {
    Reply reply = Reply.error(status, message);
    return switch (status) {
      case 405 -> reply.with("Allow", method);
      case 413 -> reply.with("Connection", "close");
      default -> reply;
    };
  }

  /** {@code application/json}, {@code application/json; charset=utf-8}, {@code …+json}. */
  private static boolean json(String contentType) {
    int semicolon = contentType.indexOf(';');
    String media =
        (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
            .trim()
            .toLowerCase(Locale.ROOT);
    return media.equals("application/json")
        || (media.startsWith("application/") && media.endsWith("+json"));
  }
}
