package dev.cmdguard.cli;

import dev.cmdguard.CommandGuard;
import dev.cmdguard.EvaluationRequest;
import dev.cmdguard.Profile;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --profile} option of the verbs that decide ({@code check}, {@code scan}), and the one
 * {@link CommandGuard} a process builds. A picocli mixin.
 */
final class ProfileOption {
  @Option(
      names = "--profile",
      paramLabel = "LEVEL",
      converter = ProfileConverter.class,
      description = {
        "The guard level that maps risk to a decision: low, medium (default), high or paranoid.",
      })
  private Profile profile;

  /** The profile given with {@code --profile}, if any. */
  Optional<Profile> profile() {
    return Optional.ofNullable(profile);
  }

  /**
   * The request with the {@code --profile} given, so the decision names it as the request's (not
   * the default's); unchanged without the option.
   */
  EvaluationRequest apply(EvaluationRequest request) {
    return profile == null ? request : request.withProfile(profile);
  }

  /** Parses a profile name in any case; the message lists the accepted names. */
  static final class ProfileConverter implements ITypeConverter<Profile> {
    @Override
    public Profile convert(String value) {
      try {
        return Profile.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
