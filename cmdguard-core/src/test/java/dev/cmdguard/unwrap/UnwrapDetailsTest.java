package dev.cmdguard.unwrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.shell.Span;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** What the table cannot show: working directories, stdin, traits, spans, markers, limits. */
class UnwrapDetailsTest {
  private static final ShellContext CONTEXT = UnwrapTableTest.CONTEXT;

  private static UnwrapResult unwrap(String script) {
    return Unwrap.script(script, CONTEXT);
  }

  private static Invocation last(String script) {
    List<Invocation> all = unwrap(script).invocations();
    return all.get(all.size() - 1);
  }

  @Test
  void cdChangesTheDirectoryOfLaterCommands() {
    assertThat(last("cd / && rm -rf *").cwd()).contains("/");
    assertThat(last("cd /tmp; cd ..; rm -rf x").cwd()).contains("/");
    assertThat(last("cd src/../..; rm x").cwd()).contains("/home/dev");
    assertThat(last("cd; rm x").cwd()).contains("/home/dev");
    assertThat(last("pushd /etc && rm -f passwd").cwd()).contains("/etc");
    assertThat(last("pushd /etc; popd; rm x").cwd()).contains("/home/dev/project");
    assertThat(last("cd $DIR && rm -rf x").cwd()).isEmpty();
    assertThat(last("X=/tmp; cd $X && rm -rf foo").cwd()).contains("/tmp");
  }

  @Test
  void subshellsAndNestedShellsKeepTheirDirectoryChangesInside() {
    assertThat(last("(cd / && rm -rf *); rm -rf x").cwd()).contains("/home/dev/project");
    assertThat(last("cd /tmp && bash -c 'rm -rf ./x'").cwd()).contains("/tmp");
    assertThat(last("bash -c 'cd /' ; rm x").cwd()).contains("/home/dev/project");
    assertThat(last("env -C /var rm -rf x").cwd()).contains("/var");
  }

  @Test
  void originChainsNameEveryWrapper() {
    assertThat(last("sudo bash -c \"rm -rf /\"").origin()).containsExactly("sudo", "bash -c");
    assertThat(last("sudo bash -c \"rm -rf /\"").program()).isEqualTo("rm");
    assertThat(last("/usr/bin/env rm x").program()).isEqualTo("rm");
    assertThat(last("/bin/rm x").program()).isEqualTo("rm");
  }

  @Test
  void stdinSourcesAreTracked() {
    UnwrapResult r = unwrap("curl -s http://x | sh");
    Invocation sh = r.invocations().get(1);
    assertThat(sh.stdin()).isEqualTo(new Stdin.Pipe(0, "curl"));
    assertThat(sh.has(Invocation.Trait.READS_SCRIPT_FROM_STDIN)).isTrue();
    assertThat(last("sh <<< \"rm -rf /\"").origin()).containsExactly("sh <<<");
    assertThat(unwrap("bash <<'EOF'\nrm -rf /\nEOF").invocations().get(0).stdin())
        .isEqualTo(new Stdin.Heredoc("rm -rf /\n", false, false));
    assertThat(unwrap("xargs rm < list.txt").invocations().get(0).stdin())
        .isInstanceOf(Stdin.File.class);
    assertThat(last("ls").stdin()).isEqualTo(new Stdin.Inherited());
  }

  @Test
  void pipelineStagesReadFromTheirProducer() {
    UnwrapResult r = unwrap("sudo cat x | grep y | wc -l");
    assertThat(Render.programs(r)).containsExactly("sudo", "cat", "grep", "wc");
    assertThat(r.invocations().get(2).stdin()).isEqualTo(new Stdin.Pipe(0, "sudo"));
    assertThat(r.invocations().get(3).stdin()).isEqualTo(new Stdin.Pipe(2, "grep"));
  }

  @Test
  void redirectionsAfterAPipelineBelongToItsLastStage() {
    UnwrapResult r = unwrap("cat a | sort > out");
    assertThat(r.invocations().get(0).redirects()).isEmpty();
    assertThat(r.invocations().get(1).redirects())
        .extracting(rr -> rr.target().value())
        .containsExactly("out");
    UnwrapResult three = unwrap("a | b 2>&1 | c");
    assertThat(three.invocations().get(2).stdin()).isEqualTo(new Stdin.Pipe(1, "b"));
    assertThat(three.invocations().get(1).redirects()).hasSize(1);
    assertThat(three.invocations().get(0).redirects()).isEmpty();
  }

  @Test
  void redirectionsAreResolved() {
    Invocation echo = last("echo hi > ~/.bashrc 2>&1");
    assertThat(echo.redirects()).hasSize(2);
    assertThat(echo.redirects().get(0).target().value()).isEqualTo("/home/dev/.bashrc");
    assertThat(echo.redirects().get(0).writesFile()).isTrue();
    assertThat(echo.redirects().get(1).fd()).isEqualTo(2);
    assertThat(echo.redirects().get(1).toDescriptor()).isTrue();
    assertThat(last("{ rm -rf /; } > /dev/null").redirects())
        .extracting(rr -> rr.target().value())
        .containsExactly("/dev/null");
    assertThat(last("> /etc/passwd").program()).isEmpty();
    assertThat(last("> /etc/passwd").redirects().get(0).target().value()).isEqualTo("/etc/passwd");
  }

  @Test
  void traitsDescribeHowItRuns() {
    assertThat(last("sudo rm x").has(Invocation.Trait.ELEVATED)).isTrue();
    assertThat(last("ssh host 'rm -rf /'").has(Invocation.Trait.REMOTE)).isTrue();
    assertThat(last("rm -rf / &").has(Invocation.Trait.BACKGROUND)).isTrue();
    assertThat(unwrap("echo $(rm -rf /)").invocations().get(0).has(Invocation.Trait.SUBSTITUTION))
        .isTrue();
    assertThat(last("$CMD -rf /").has(Invocation.Trait.DYNAMIC_PROGRAM)).isTrue();
    assertThat(last("find . -delete").has(Invocation.Trait.SYNTHESIZED)).isTrue();
    assertThat(last("ls | xargs rm").has(Invocation.Trait.PER_ITEM)).isTrue();
    assertThat(last("f() { rm -rf /; }").has(Invocation.Trait.FUNCTION_BODY)).isTrue();
    assertThat(last("rm x").traits()).isEmpty();
  }

  @Test
  void dynamicArgumentsSayWhatIsKnown() {
    Arg arg = last("rm -rf /home/$WHO/x").argv().get(2);
    assertThat(arg.dynamic()).isTrue();
    assertThat(arg.knownPrefix()).isEqualTo("/home/");
    Arg found = last("find /srv -exec rm {} \\;").argv().get(1);
    assertThat(found.knownPrefix()).isEqualTo("/srv");
    assertThat(found.producers()).containsExactly("find");
    Arg items = last("ls / | xargs rm -rf").argv().get(2);
    assertThat(items.producers()).containsExactly("ls");
    Arg sub = last("rm -rf $(cat list)").argv().get(2);
    assertThat(sub.producers()).containsExactly("cat");
  }

  @Test
  void globsAreFlaggedOnlyWhenUnquoted() {
    assertThat(last("rm -rf /*").argv().get(2).glob()).isTrue();
    assertThat(last("rm -rf \"/*\"").argv().get(2).glob()).isFalse();
    assertThat(last("rm -rf \\*").argv().get(2).glob()).isFalse();
    assertThat(last("X='/*'; rm -rf $X").argv().get(2).glob()).isTrue();
  }

  @Test
  void spansPointIntoTheOriginalText() {
    String text = "ls; sudo bash -c 'rm -rf /'";
    Invocation rm = last(text);
    assertThat(rm.span().of(text)).isEqualTo("rm -rf /");
    String heredoc = "bash <<'EOF'\nrm -rf /\nEOF";
    assertThat(last(heredoc).span().of(heredoc)).isEqualTo("rm -rf /");
    String escaped = "bash -c \"rm -rf \\\"/\\\"\"";
    assertThat(last(escaped).span().of(escaped)).isEqualTo("\"rm -rf \\\"/\\\"\"");
    String utf = "echo é; rm -rf /";
    assertThat(last(utf).span().of(utf)).isEqualTo("rm -rf /");
  }

  @Test
  void argvIsUnwrappedWithoutAShell() {
    UnwrapResult r = Unwrap.argv(List.of("sudo", "bash", "-c", "rm -rf /"), CONTEXT);
    assertThat(Render.all(r))
        .isEqualTo(
            "sudo bash -c 'rm -rf /' ; [sudo] bash -c 'rm -rf /' ; [sudo, bash -c] rm -rf /");
    assertThat(Render.all(Unwrap.argv(List.of("rm", "-rf /"), CONTEXT))).isEqualTo("rm '-rf /'");
    assertThat(Render.all(Unwrap.argv(List.of("echo", "$(rm -rf /)"), CONTEXT)))
        .isEqualTo("echo '$(rm -rf /)'");
    assertThat(Unwrap.argv(List.of(), CONTEXT).invocations()).isEmpty();
  }

  @Test
  void contextVariablesAreKnown() {
    ShellContext ctx = CONTEXT.withVariables(Map.of("TARGET", "/srv"));
    assertThat(Render.all(Unwrap.script("rm -rf $TARGET", ctx))).isEqualTo("rm -rf /srv");
  }

  @Test
  void syntaxErrorsBecomeMarkersAndTheRestIsStillAnalysed() {
    UnwrapResult r = unwrap("rm -rf / ; if then fi )");
    assertThat(r.markers())
        .extracting(AnalysisMarker::kind)
        .contains(AnalysisMarker.Kind.PARSE_ERROR);
    assertThat(Render.programs(r)).contains("rm");
    UnwrapResult nested = unwrap("bash -c 'rm -rf / ; (('");
    assertThat(nested.markers())
        .extracting(AnalysisMarker::kind)
        .contains(AnalysisMarker.Kind.PARSE_ERROR);
  }

  @Test
  void depthLimitIsAMarkerNotACrash() {
    UnwrapResult r = unwrap("eval ".repeat(20) + "rm -rf /");
    assertThat(r.markers())
        .extracting(AnalysisMarker::kind)
        .contains(AnalysisMarker.Kind.DEPTH_LIMIT);
    assertThat(r.invocations()).hasSizeLessThanOrEqualTo(ShellContext.DEFAULT_MAX_DEPTH + 1);
  }

  @Test
  void recursiveEvalThroughVariablesStops() {
    UnwrapResult r = unwrap("X='eval \"$X\"'; eval \"$X\"");
    assertThat(r.invocations()).isNotEmpty();
    assertThat(r.markers())
        .extracting(AnalysisMarker::kind)
        .contains(AnalysisMarker.Kind.DEPTH_LIMIT);
  }

  /**
   * Parsing gets three quarters of the budget, so what it read before running out is still walked:
   * here the re-parsing of nested backquotes runs out, after {@code rm -rf /} was read.
   */
  @Test
  void aCommandParsedBeforeTheTimeRanOutIsStillWalked() {
    AtomicLong clock = new AtomicLong();
    ShellContext ticking = CONTEXT.withClock(() -> clock.addAndGet(1_000_000L));

    UnwrapResult r = Unwrap.script("rm -rf /; echo " + "`echo \\".repeat(3_000) + "`", ticking);

    assertThat(r.markers())
        .extracting(AnalysisMarker::kind)
        .contains(AnalysisMarker.Kind.TIME_LIMIT);
    assertThat(r.invocations().get(0).argv())
        .extracting(Arg::value)
        .containsExactly("rm", "-rf", "/");
  }

  @Test
  void commandSubstitutionsNestDownToTheDepthLimit() {
    String sixteen = "echo " + "$(echo ".repeat(15) + "$(rm -rf /)" + ")".repeat(15);
    String seventeen = "echo " + "$(echo ".repeat(16) + "$(rm -rf /)" + ")".repeat(16);

    assertThat(Render.programs(unwrap(sixteen))).contains("rm");
    assertThat(unwrap(sixteen).markers()).isEmpty();
    UnwrapResult deep = unwrap(seventeen + "; rm -rf /tmp/x");
    assertThat(deep.markers())
        .extracting(AnalysisMarker::kind)
        .containsExactly(AnalysisMarker.Kind.DEPTH_LIMIT);
    assertThat(deep.markers().get(0).message())
        .isEqualTo("command substitutions nested deeper than 16 levels");
    assertThat(Render.programs(deep)).containsOnlyOnce("rm").endsWith("rm");
  }

  @Test
  void sizeLimitIsAMarker() {
    ShellContext small =
        new ShellContext("/w", "/h", "u", Map.of(), 16, 10, Duration.ofSeconds(1), () -> 0L);
    UnwrapResult r = Unwrap.script("echo aaaaaaaaaaaaaaaaaaaaaaaaa", small);
    assertThat(r.markers())
        .extracting(AnalysisMarker::kind)
        .containsExactly(AnalysisMarker.Kind.SIZE_LIMIT);
    assertThat(r.invocations()).isEmpty();
  }

  @Test
  void timeBudgetIsAMarker() {
    AtomicLong clock = new AtomicLong();
    ShellContext ticking =
        CONTEXT.withClock(() -> clock.addAndGet(Duration.ofMillis(400).toNanos()));
    UnwrapResult r = Unwrap.script("ls; ls; ls; ls; ls; ls; ls; ls", ticking);
    assertThat(r.markers())
        .extracting(AnalysisMarker::kind)
        .contains(AnalysisMarker.Kind.TIME_LIMIT);
    assertThat(r.invocations().size()).isLessThan(8);
  }

  @Test
  void parsingCountsAgainstTheTimeBudget() {
    AtomicLong clock = new AtomicLong();
    ShellContext ticking =
        CONTEXT.withClock(() -> clock.addAndGet(Duration.ofMillis(100).toNanos()));
    UnwrapResult r = Unwrap.script("echo a; ".repeat(20_000) + "rm -rf /", ticking);
    assertThat(r.markers())
        .extracting(AnalysisMarker::kind)
        .containsExactly(AnalysisMarker.Kind.TIME_LIMIT);
    assertThat(r.invocations()).isEmpty();
    assertThat(clock.get()).as("stopped soon after the budget").isLessThan(2_000_000_000L);
  }

  @Test
  void unseenCodeIsAMarker() {
    assertThat(unwrap("bash ./deploy.sh").markers())
        .extracting(AnalysisMarker::kind)
        .containsExactly(AnalysisMarker.Kind.UNSEEN_CODE);
    assertThat(unwrap("source ~/.bashrc").markers())
        .extracting(AnalysisMarker::kind)
        .containsExactly(AnalysisMarker.Kind.UNSEEN_CODE);
  }

  @Test
  void emptyAndBlankInputGiveNothing() {
    assertThat(unwrap("").invocations()).isEmpty();
    assertThat(unwrap("   \n\n# just a comment\n").invocations()).isEmpty();
    assertThat(unwrap("").markers()).isEmpty();
  }

  @Test
  void spanNoneIsUsedOnlyForSynthesizedArguments() {
    assertThat(last("find . -delete").argv().get(0).span()).isEqualTo(Span.NONE);
    assertThat(last("rm x").argv().get(1).span()).isEqualTo(new Span(3, 4));
    assertThat(last("rm x").cwd()).isEqualTo(Optional.of("/home/dev/project"));
  }
}
