package dev.cmdguard.unwrap.inline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.cmdguard.unwrap.inline.InlineCode.Source;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LocateTest {
  private static final String CODE = "CODE";

  private static Arguments row(String command, Source expected) {
    return arguments(command, expected);
  }

  private static Source inline(String code) {
    return new Source.Inline(code);
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        row("python3 -c CODE", inline(CODE)),
        row("python3 -cCODE", inline(CODE)),
        row("python3 -Bc CODE", inline(CODE)),
        row("python -u -c CODE arg1", inline(CODE)),
        row("python -W ignore -c CODE", inline(CODE)),
        row("python -Wignore -X dev -c CODE", inline(CODE)),
        row("python3 -I -E -s -c CODE", inline(CODE)),
        row("python3 -c CODE -c other", inline(CODE)),
        row("python -m http.server 8000", new Source.Module("http.server")),
        row("python -Bm pip install x", new Source.Module("pip")),
        row("python3 -", new Source.Stdin()),
        row("python3", new Source.Stdin()),
        row("python3 -u", new Source.Stdin()),
        row("python3 script.py -c x", new Source.ScriptFile("script.py")),
        row("python3 -- -weird.py", new Source.ScriptFile("-weird.py")),
        row("python3 --version", new Source.Other("--version")),
        row("python -V", new Source.Other("-V")),
        row("python3 -c", new Source.Other("-c without a value")),
        row("node -e CODE", inline(CODE)),
        row("node --eval CODE", inline(CODE)),
        row("node --eval=CODE", inline(CODE)),
        row("node -p CODE", inline(CODE)),
        row("node -pe CODE", inline(CODE)),
        row("node --print=CODE", inline(CODE)),
        row("node -r ts-node/register -e CODE", inline(CODE)),
        row("node -e first -e CODE", inline(CODE)),
        row("node app.js --port 3000", new Source.ScriptFile("app.js")),
        row("node --inspect app.js", new Source.ScriptFile("app.js")),
        row("node", new Source.Stdin()),
        row("node -", new Source.Stdin()),
        row("node -v", new Source.Other("-v")),
        row("node --check app.js", new Source.Other("--check")),
        row("bun -e CODE", inline(CODE)),
        row("bun run build.ts", new Source.ScriptFile("build.ts")),
        row("bun install", new Source.Other("bun install")),
        row("bun server.ts", new Source.ScriptFile("server.ts")),
        row("deno eval CODE", inline(CODE)),
        row("deno eval -p CODE", inline(CODE)),
        row("deno run -A main.ts", new Source.ScriptFile("main.ts")),
        row("deno run --allow-net -", new Source.Stdin()),
        row("deno fmt", new Source.Other("deno fmt")),
        row("perl -e CODE", inline(CODE)),
        row("perl -E CODE", inline(CODE)),
        row("perl -ne CODE file.txt", inline(CODE)),
        row("perl -pe CODE", inline(CODE)),
        row("perl -lne CODE", inline(CODE)),
        row("perl -lane CODE", inline(CODE)),
        row("perl -pi -e CODE x.txt", inline(CODE)),
        row("perl -i.bak -pe CODE", inline(CODE)),
        row("perl -0777 -ne CODE", inline(CODE)),
        row("perl -F: -lane CODE", inline(CODE)),
        row("perl -MFile::Path -e CODE", inline(CODE)),
        row("perl -I lib -e CODE", inline(CODE)),
        row("perl -e a -e b", inline("a\nb")),
        row("perl script.pl", new Source.ScriptFile("script.pl")),
        row("perl -w script.pl", new Source.ScriptFile("script.pl")),
        row("perl", new Source.Stdin()),
        row("perl -v", new Source.Other("-v")),
        row("perl -c script.pl", new Source.Other("-c")),
        row("ruby -e CODE", inline(CODE)),
        row("ruby -rjson -e CODE", inline(CODE)),
        row("ruby -r json -ne CODE", inline(CODE)),
        row("ruby -E UTF-8 -e CODE", inline(CODE)),
        row("ruby script.rb", new Source.ScriptFile("script.rb")),
        row("ruby", new Source.Stdin()),
        row("ruby --version", new Source.Other("--version")),
        row("irb", new Source.Stdin()),
        row("irb -r json x.rb", new Source.ScriptFile("x.rb")),
        row("php -r CODE", inline(CODE)),
        row("php -d display_errors=1 -r CODE", inline(CODE)),
        row("php -B begin -R CODE", inline("begin\nCODE")),
        row("php -f index.php", new Source.ScriptFile("index.php")),
        row("php artisan migrate", new Source.ScriptFile("artisan")),
        row("php", new Source.Stdin()),
        row("php -v", new Source.Other("-v")),
        row("php -S localhost:8000", new Source.Other("-S")),
        row("php -l x.php", new Source.Other("-l")),
        row("lua -e CODE", inline(CODE)),
        row("lua -l socket -e CODE", inline(CODE)),
        row("lua script.lua", new Source.ScriptFile("script.lua")),
        row("lua -", new Source.Stdin()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void locates(String command, Source expected) {
    List<String> words = Arrays.asList(command.split(" "));
    Interpreter interpreter = Interpreter.forProgram(words.get(0)).orElseThrow();
    assertThat(InlineCode.locate(interpreter, words.subList(1, words.size()))).isEqualTo(expected);
  }
}
