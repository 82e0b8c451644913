package dev.cmdguard.cli;

import static dev.cmdguard.cli.Results.arg;
import static dev.cmdguard.cli.Results.explanation;
import static dev.cmdguard.cli.Results.inv;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.Finding;
import dev.cmdguard.FindingCode;
import dev.cmdguard.Risk;
import dev.cmdguard.shell.Span;
import dev.cmdguard.shell.SyntaxError;
import dev.cmdguard.unwrap.AnalysisMarker;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.Invocation.Trait;
import dev.cmdguard.unwrap.ResolvedRedirect;
import dev.cmdguard.unwrap.Stdin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The human output of {@code explain}, on hand-built unwrap results. */
class ExplainTextTest {

  private static String render(Explanation e, Style style) {
    StringWriter out = new StringWriter();
    new ExplainText(new PrintWriter(out), style).write(e);
    return out.toString();
  }

  @Test
  void sudoBashRmShowsTheChainAndWhereEachProgramCameFrom() {
    assertThat(render(Results.sudoBashRm(), Style.PLAIN))
        .isEqualTo(
            """
            command  sudo bash -c "rm -rf /"
            cwd      /home/dev/project   (home /home/dev, user dev)

            #1 sudo
               argv     sudo bash -c 'rm -rf /'
               source   sudo bash -c "rm -rf /"
                        ^^^^^^^^^^^^^^^^^^^^^^^
            #2 sudo → bash
               argv     bash -c 'rm -rf /'
               traits   elevated
               source   sudo bash -c "rm -rf /"
                             ^^^^^^^^^^^^^^^^^^
            #3 sudo → bash -c → rm
               argv     rm -rf /
               traits   elevated
               source   sudo bash -c "rm -rf /"
                                     ^^^^^^^^^^

            3 invocations, no findings, no warnings, no syntax errors
            """);
  }

  @Test
  void findingsNameTheInvocationTheyCameFrom() {
    Finding root =
        new Finding(
            FindingCode.DANGEROUS_DELETE_ROOT,
            Risk.CRITICAL,
            "rm -rf / deletes every file on the machine",
            new Span(14, 22),
            List.of("rm", "-rf", "/"),
            2,
            Optional.empty());
    Finding parse =
        new Finding(
            FindingCode.PARSE_ERROR,
            Risk.MEDIUM,
            "syntax error at 1:1",
            new Span(0, 23),
            List.of(),
            -1,
            Optional.empty());
    String text = render(Results.sudoBashRm().withFindings(List.of(root, parse)), Style.PLAIN);
    assertThat(text)
        .endsWith(
            """
                                     ^^^^^^^^^^

            findings
            #3 rm -rf /  → DANGEROUS_DELETE_ROOT (critical): rm -rf / deletes every file on the \
            machine
            command  → PARSE_ERROR (medium): syntax error at 1:1

            3 invocations, 2 findings, no warnings, no syntax errors
            """);
  }

  @Test
  void pipeIntoShellNamesTheProducer() {
    String source = "curl -s https://x.example | sh";
    Invocation curl =
        inv("curl", 0, 26, arg("curl", 0, 4), arg("-s", 5, 7), arg("https://x.example", 8, 25))
            .build();
    Invocation sh =
        inv("sh", 28, 30, arg("sh", 28, 30))
            .stdin(new Stdin.Pipe(0, "curl"))
            .traits(Trait.READS_SCRIPT_FROM_STDIN)
            .build();
    String text = render(explanation(source, List.of(curl, sh), List.of(), List.of()), Style.PLAIN);
    assertThat(text)
        .contains("#2 sh\n   argv     sh\n   stdin    pipe from #1 (curl)\n")
        .contains("   traits   reads-script-from-stdin\n");
  }

  @Test
  void dynamicAndGlobArgumentsAreMarked() {
    Arg dynamic = Arg.dynamic("$(cat list)", "", List.of("cat"), new Span(6, 17));
    Arg glob = Arg.globbed("*.log", true, new Span(18, 23));
    Invocation rm =
        inv("rm", 0, 23, arg("rm", 0, 2), arg("-rf", 3, 6), dynamic, glob)
            .cwd(Optional.empty())
            .build();
    String text =
        render(
            explanation("rm -rf $(cat list) *.log", List.of(rm), List.of(), List.of()),
            Style.PLAIN);
    assertThat(text)
        .contains("argv     rm -rf ‹dynamic: $(cat list), from cat› ‹glob: *.log›\n")
        .contains("cwd      ‹unknown›\n");
  }

  @Test
  void redirectsHeredocsAndOtherDirectories() {
    Arg out = arg("/tmp/out file", 10, 25);
    Arg one = arg("1", 29, 30);
    Invocation cat =
        inv("cat", 0, 3, arg("cat", 0, 3))
            .cwd(Optional.of("/tmp"))
            .stdin(new Stdin.Heredoc("line one\nline two\n", false, false))
            .redirect(new ResolvedRedirect(1, ">", out, false, new Span(6, 25)))
            .redirect(new ResolvedRedirect(2, ">&", one, true, new Span(26, 30)))
            .build();
    String text =
        render(explanation("cat <<'EOF' ...", List.of(cat), List.of(), List.of()), Style.PLAIN);
    assertThat(text)
        .contains("   cwd      /tmp\n")
        .contains(
            "   stdin    heredoc, 2 lines, literal\n            │ line one\n            │ line two\n")
        .contains("   redirect > '/tmp/out file'  2>&1\n");
  }

  @Test
  void markersAndSyntaxErrorsPointAtTheText() {
    String source = "eval \"$x\"; if true";
    AnalysisMarker unseen =
        new AnalysisMarker(
            AnalysisMarker.Kind.UNSEEN_CODE,
            "eval runs text known only at run time",
            new Span(0, 9));
    SyntaxError missingFi = new SyntaxError(new Span(18, 18), 1, 19, "missing 'fi'");
    String text =
        render(explanation(source, List.of(), List.of(unseen), List.of(missingFi)), Style.PLAIN);
    assertThat(text)
        .endsWith(
            """
            warning[unseen-code] 1:1  eval runs text known only at run time
               source   eval "$x"; if true
                        ^^^^^^^^^
            error[syntax] 1:19  missing 'fi'
               source   eval "$x"; if true
                                          ^

            nothing would run, no findings, 1 warning, 1 syntax error
            """);
  }

  @Test
  void multiLineScriptsShowLineNumbers() {
    String source = "cd /tmp\nrm -rf x\n";
    Invocation rm =
        inv("rm", 8, 16, arg("rm", 8, 10), arg("-rf", 11, 14), arg("x", 15, 16)).build();
    String text = render(explanation(source, List.of(rm), List.of(), List.of()), Style.PLAIN);
    assertThat(text)
        .startsWith("command  1 │ cd /tmp\n         2 │ rm -rf x\n")
        .contains("   source   2:1  rm -rf x\n                 ^^^^^^^^\n");
  }

  @Test
  void hiddenCharactersNeverReachTheTerminal() {
    String source = "echo \u001b[2Jhi\u202e";
    Invocation echo =
        inv("echo", 0, source.length(), arg("echo", 0, 4), arg("\u001b[2Jhi\u202e", 5, 12)).build();
    String text = render(explanation(source, List.of(echo), List.of(), List.of()), Style.PLAIN);
    assertThat(text).doesNotContain("\u001b").doesNotContain("\u202e");
    assertThat(text).contains("argv     echo $'\\e[2Jhi\\u202e'");
  }

  @Test
  void coloursWhenAsked() {
    String text = render(Results.sudoBashRm(), Style.ANSI);
    assertThat(text).contains("\u001b[1m#1\u001b[0m").contains("\u001b[32m^^^");
  }
}
