package dev.cmdguard.rules.secrets;

import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.Optional;

/**
 * Secret-like variables in the arguments of a network client. Putting a token in a request is how a
 * token is used ({@code curl -H "Authorization: Bearer $API_TOKEN" https://api…}), so that alone is
 * no finding. It is {@code SECRET_EXFILTRATION} when the request cannot be a use of it: the AWS
 * secret key or a private key in any request (SigV4 signs with the secret key and never sends it; a
 * private key only signs), a token of a known API ({@code $GITHUB_TOKEN}, {@code $OPENAI_API_KEY})
 * sent to a host that is not that API's ({@link TokenOwners}), or any secret in a mail.
 */
final class TokenUse {
  private TokenUse() {}

  static void check(Reporter reporter, int index) {
    Invocation inv = reporter.context().invocation(index);
    boolean http = Network.HTTP_CLIENTS.contains(inv.program());
    boolean mail = Network.MAILERS.contains(inv.program());
    if (!http && !mail) {
      return;
    }
    Optional<String> host = Network.urlHost(inv);
    for (Arg arg : inv.args()) {
      if (!arg.dynamic()) {
        continue;
      }
      for (String name : SecretNames.expanded(arg.value())) {
        Optional<String> reason = mail ? Optional.of(" in a mail") : reason(name, host);
        reason.ifPresent(
            r ->
                reporter.exfiltration(
                    index,
                    new Secret(Secret.Kind.VARIABLE, name, arg.span()),
                    inv.program() + " sends $" + name + r));
      }
    }
  }

  private static Optional<String> reason(String name, Optional<String> host) {
    if (host.isPresent() && TokenOwners.isLoopback(host.get())) {
      return Optional.empty();
    }
    String to = host.map(h -> " to " + h).orElse("");
    if (SecretNames.neverSent(name)) {
      return Optional.of(to + ", although no legitimate request carries it (it only signs)");
    }
    Optional<String> owner = TokenOwners.ownerOf(name);
    if (owner.isPresent() && host.isPresent() && TokenOwners.foreignHost(name, host.get())) {
      return Optional.of(
          " to "
              + host.get()
              + ", which is not a "
              + owner.get()
              + " host, so the credential of "
              + owner.get()
              + " goes to a third party");
    }
    return Optional.empty();
  }
}
