package dev.cmdguard.rules.secrets;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The calls {@link InlineCode} looks for in one interpreter's language: the whole environment, one
 * variable of it (group 1 or 2 is the name), printing, reading a file, and the network. From each
 * language's standard library reference (Python {@code os}, Node.js {@code process}/{@code fs},
 * Ruby {@code ENV}/{@code File}, Perl {@code %ENV}, PHP {@code getenv}).
 */
record Language(
    Pattern wholeEnvironment,
    Pattern namedVariable,
    Pattern output,
    Pattern fileRead,
    Pattern network) {

  private static final Pattern PYTHON_NAME = Pattern.compile("python[0-9.]*|pypy[0-9]*");

  /** The five languages' patterns, compiled when the first interpreter is seen (start-up). */
  private static final class Table {
    private Table() {}

    private static final Language PYTHON =
        new Language(
            p(
                "(?<!\\bin )os\\.environ(?!\\s*(\\[|\\.get\\b|\\.setdefault\\b|\\.pop\\b|\\.keys\\b))"),
            p(
                "os\\.environ(?:\\.get)?\\s*[\\[(]\\s*['\"](\\w+)['\"]|os\\.getenv\\(\\s*['\"](\\w+)['\"]"),
            p("\\bprint\\b|pprint|json\\.dump|sys\\.stdout|\\.write\\("),
            p("\\bopen\\s*\\(|read_text|read_bytes|dotenv_values|\\bPath\\s*\\("),
            p("\\brequests\\.|urllib|http\\.client|httpx|\\bsocket\\b|smtplib|aiohttp|ftplib"));

    private static final Language NODE =
        new Language(
            p("process\\.env(?!\\s*(\\.\\w|\\[))"),
            p("process\\.env\\.(\\w+)|process\\.env\\[\\s*['\"](\\w+)['\"]"),
            p("console\\.|process\\.stdout|JSON\\.stringify"),
            p("readFileSync|readFile\\b|createReadStream"),
            p("\\bfetch\\s*\\(|https?\\.(request|get)\\b|axios|\\bnet\\.|XMLHttpRequest|undici"));

    private static final Language RUBY =
        new Language(
            p("\\bENV\\b(?!\\s*\\[|\\.fetch|\\.key\\?|\\.has_key\\?|\\.include\\?|\\.keys)"),
            p("ENV(?:\\.fetch\\(|\\[)\\s*['\"](\\w+)['\"]|ENV\\s*\\[\\s*['\"](\\w+)['\"]"),
            p("\\bputs\\b|\\bpp?\\b|\\bprint\\b|\\$stdout|STDOUT"),
            p("File\\.(read|open|readlines|foreach|binread)|IO\\.(read|readlines)"),
            p("Net::HTTP|open-uri|URI\\.open|Faraday|HTTParty|TCPSocket|RestClient"));

    private static final Language PERL =
        new Language(
            p("%ENV\\b"),
            p("\\$ENV\\{\\s*['\"]?(\\w+)['\"]?\\s*}"),
            p("\\bprint\\b|\\bsay\\b|\\bprintf\\b|Dumper"),
            p("\\bopen\\b|read_file|slurp"),
            p("LWP|HTTP::Tiny|IO::Socket|Net::|Mojo::UserAgent"));

    private static final Language PHP =
        new Language(
            p("\\$_ENV\\b(?!\\s*\\[)|getenv\\(\\s*\\)|\\$_SERVER\\b(?!\\s*\\[)"),
            p("getenv\\(\\s*['\"](\\w+)['\"]|\\$_ENV\\[\\s*['\"](\\w+)['\"]"),
            p("\\becho\\b|\\bprint|var_dump|var_export|json_encode"),
            p("file_get_contents|fopen|\\bfile\\s*\\(|readfile|parse_ini_file"),
            p("curl_|fsockopen|stream_socket|file_get_contents\\s*\\(\\s*['\"]https?:|\\bmail\\("));
  }

  /** The language of an interpreter program, if it is one {@link InlineCode} reads. */
  static Optional<Language> of(String program) {
    if (PYTHON_NAME.matcher(program).matches()) {
      return Optional.of(Table.PYTHON);
    }
    return switch (program) {
      case "node", "nodejs" -> Optional.of(Table.NODE);
      case "ruby" -> Optional.of(Table.RUBY);
      case "perl" -> Optional.of(Table.PERL);
      case "php" -> Optional.of(Table.PHP);
      default -> Optional.empty();
    };
  }

  private static Pattern p(String regex) {
    return Pattern.compile(regex);
  }
}
