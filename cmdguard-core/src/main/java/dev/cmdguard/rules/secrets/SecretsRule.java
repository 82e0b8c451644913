package dev.cmdguard.rules.secrets;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.Rule;
import dev.cmdguard.rules.RuleContext;

/**
 * The secrets family of SPEC section 4 (docs/rules/secrets.md): secrets read out of their files or
 * the environment, and secrets sent away.
 *
 * <ul>
 *   <li>{@code DOTENV_FILE_READ} (critical), {@code PRIVATE_KEY_ACCESS} (high), {@code
 *       CREDENTIAL_FILE_ACCESS} (high): a file the paths package classifies as a secret is printed
 *       ({@code cat}, {@code grep}, {@code base64}, an editor, {@code openssl rsa -in}), loaded
 *       ({@code source .env}, {@code export $(cat .env)}), copied under a name that does not look
 *       secret, archived, or staged for commit ({@code git add .env}, high); a credential store is
 *       printed ({@code gh auth token}).
 *   <li>{@code SENSITIVE_ENV_ACCESS} (critical): the environment is dumped ({@code env}, {@code
 *       printenv}, {@code export -p}, {@code set}, {@code /proc/self/environ}) or a secret-like
 *       variable is printed or written to a file ({@code echo $AWS_SECRET_ACCESS_KEY}).
 *   <li>{@code SECRET_EXFILTRATION} (critical): any of those reaches the network ({@code curl
 *       -d @.env}, {@code cat ~/.aws/credentials | nc}, {@code scp ~/.ssh/id_rsa host:}, {@code env
 *       | curl -d @-}), or a token goes where it cannot be in use ({@code $GITHUB_TOKEN} to a host
 *       that is not GitHub's).
 * </ul>
 *
 * <p>The security model is vectra-guard's (block dotenv reads and environment dumps), made
 * structural: the rule judges invocations, follows pipes, redirections and command substitutions to
 * see where a secret's content ends up, and does not fire where a secret is only used as intended
 * ({@code ssh -i key}, {@code docker login --password-stdin}, {@code curl -H "Authorization: Bearer
 * $TOKEN" https://api…}, {@code docker run --env-file .env}).
 */
public final class SecretsRule implements Rule {

  @Override
  public FindingCode.Family family() {
    return FindingCode.Family.SECRETS;
  }

  @Override
  public void check(RuleContext context, Findings findings) {
    Reporter reporter = new Reporter(context, findings);
    for (int i = 0; i < context.invocations().size(); i++) {
      FileReads.check(reporter, i);
      Copies.check(reporter, i);
      KeyTools.check(reporter, i);
      NetworkSends.check(reporter, i);
      EnvAccess.check(reporter, i);
      TokenUse.check(reporter, i);
      StoredTokens.check(reporter, i);
      InlineCode.check(reporter, i);
    }
  }
}
