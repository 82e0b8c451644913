package dev.cmdguard.rules.readonly;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sed and awk program scanners on their own: {@code program | read-only?}. */
class ScriptScannersTest {

  @ParameterizedTest(name = "sed {0} => {1}")
  @CsvSource(
      delimiterString = "=>",
      quoteCharacter = '"',
      textBlock =
          """
          1,5p                          => true
          $p                            => true
          /foo/{p;q}                    => true
          /a/,/b/d                      => true
          0~3 p                         => true
          \\%x%d                        => true
          s/a/b/g                       => true
          s|a|b|2                       => true
          s/x/y/w /dev/stdout           => true
          y/abc/xyz/                    => true
          :a;N;$!ba;s/\\n/ /g           => true
          $a\\ end                      => true
          /x/ r other.txt               => true
          p # comment w out                     => true
          w out                         => false
          /a/w out                      => false
          1W out                        => false
          e                             => false
          1e ls                         => false
          s/a/b/e                       => false
          s/a/b/gw out                  => false
          s/a/b/w out                   => false
          p;w out                       => false
          xp                            => false
          s/a/b                         => false
          k                             => false
          """)
  void sed(String script, boolean readOnly) {
    assertThat(SedScript.readOnly(script)).isEqualTo(readOnly);
  }

  @ParameterizedTest(name = "awk {0} => {1}")
  @CsvSource(
      delimiterString = "=>",
      quoteCharacter = '\'',
      textBlock =
          """
          {print $1}                              => true
          $3 > 100 {print $1}                     => true
          /a|b/ {n++} END {print n}               => true
          /[/]x/ {print}                          => true
          {print $1 > "/dev/stderr"}              => true
          {print (a > b)}                         => true
          {x = a || b; print x}                   => true
          {n = n / 2} END {print n}               => true
          {getline line < "other"; print line}    => true
          {print} # system("x")              => true
          {print "system"}                        => true
          {system("rm x")}                        => false
          {print > "out"}                         => false
          {print $1 >> "log"}                     => false
          {printf("%s", $1) > "f"}                => false
          {print | "sh"}                          => false
          {"date" | getline d}                    => false
          {print |& "cmd"}                        => false
          {i++ / 2; system("x")}                  => false
          @load "filefuncs"                       => false
          {f = "system"; @f("x")}                 => false
          {print < "/inet/tcp/0/h/80"}            => false
          {print "unterminated}                   => false
          """)
  void awk(String program, boolean readOnly) {
    assertThat(AwkProgram.readOnly(program)).isEqualTo(readOnly);
  }
}
