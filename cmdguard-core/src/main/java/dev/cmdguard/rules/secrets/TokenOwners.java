package dev.cmdguard.rules.secrets;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whose API a token belongs to, by the first word of its variable name, and whether a host is that
 * API's. Sending {@code $GITHUB_TOKEN} to {@code api.github.com} is using it; sending it anywhere
 * else hands it to someone else. A self-hosted service keeps its name in the host ({@code
 * gitlab.example.com}), so a host with the owner's word as one of its labels counts too. Loopback
 * hosts are always fine (local proxies and emulators).
 */
final class TokenOwners {

  /**
   * @param label what the message calls the owner
   * @param word the owner's name as a host label of a self-hosted instance
   * @param prefixes first words of its variables' names
   * @param domains the owner's registrable domains
   */
  private record Owner(String label, String word, List<String> prefixes, List<String> domains) {}

  private static final List<Owner> OWNERS =
      List.of(
          owner("GitHub", "github", "GITHUB GH", "github.com githubusercontent.com ghcr.io"),
          owner("GitLab", "gitlab", "GITLAB GL", "gitlab.com"),
          owner("OpenAI", "openai", "OPENAI", "openai.com"),
          owner("Anthropic", "anthropic", "ANTHROPIC CLAUDE", "anthropic.com"),
          owner("Google", "google", "GOOGLE GCP GCLOUD GEMINI", "googleapis.com google.com"),
          owner("Azure", "azure", "AZURE", "azure.com azure.net windows.net microsoft.com"),
          owner("Slack", "slack", "SLACK", "slack.com"),
          owner("Stripe", "stripe", "STRIPE", "stripe.com"),
          owner("npm", "npm", "NPM", "npmjs.org npmjs.com"),
          owner("Hugging Face", "huggingface", "HF HUGGINGFACE", "huggingface.co"),
          owner("Docker", "docker", "DOCKER DOCKERHUB", "docker.io docker.com"),
          owner("Heroku", "heroku", "HEROKU", "heroku.com"),
          owner("Vercel", "vercel", "VERCEL", "vercel.com"),
          owner("Netlify", "netlify", "NETLIFY", "netlify.com"),
          owner("Cloudflare", "cloudflare", "CLOUDFLARE CF", "cloudflare.com"),
          owner("DigitalOcean", "digitalocean", "DIGITALOCEAN DO", "digitalocean.com"),
          owner("Twilio", "twilio", "TWILIO", "twilio.com"),
          owner("SendGrid", "sendgrid", "SENDGRID", "sendgrid.com"),
          owner("Telegram", "telegram", "TELEGRAM", "telegram.org"),
          owner("Discord", "discord", "DISCORD", "discord.com discordapp.com"),
          owner("Sentry", "sentry", "SENTRY", "sentry.io"),
          owner("Datadog", "datadog", "DATADOG DD", "datadoghq.com datadoghq.eu"),
          owner("PyPI", "pypi", "PYPI TWINE", "pypi.org"),
          owner("CircleCI", "circleci", "CIRCLECI CIRCLE", "circleci.com"),
          owner("Codecov", "codecov", "CODECOV", "codecov.io"),
          owner("AWS", "aws", "AWS", "amazonaws.com aws.amazon.com"));

  private TokenOwners() {}

  private static Owner owner(String label, String word, String prefixes, String domains) {
    return new Owner(label, word, List.of(prefixes.split(" ")), List.of(domains.split(" ")));
  }

  /** The owner's name when {@code variable} names a known API's token, e.g. GitHub. */
  static Optional<String> ownerOf(String variable) {
    return find(variable).map(Owner::label);
  }

  /**
   * True when {@code variable} belongs to a known API and {@code host} is not one of its hosts.
   *
   * @param host a host name in lower case
   */
  static boolean foreignHost(String variable, String host) {
    Optional<Owner> owner = find(variable);
    if (owner.isEmpty() || isLoopback(host)) {
      return false;
    }
    Owner o = owner.get();
    for (String domain : o.domains()) {
      if (host.equals(domain) || host.endsWith("." + domain)) {
        return false;
      }
    }
    return !List.of(host.split("[.-]")).contains(o.word());
  }

  private static Optional<Owner> find(String variable) {
    String first = variable.toUpperCase(Locale.ROOT).split("_", 2)[0];
    return OWNERS.stream().filter(o -> o.prefixes().contains(first)).findFirst();
  }

  /** True for localhost and the loopback addresses. */
  static boolean isLoopback(String host) {
    return host.equals("localhost")
        || host.endsWith(".localhost")
        || host.startsWith("127.")
        || host.equals("[::1]")
        || host.equals("0.0.0.0");
  }
}
