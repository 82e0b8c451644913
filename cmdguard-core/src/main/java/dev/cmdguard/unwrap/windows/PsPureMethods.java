package dev.cmdguard.unwrap.windows;

import java.util.Set;

/**
 * .NET methods that only compute, convert or read (string and collection methods, dates, math,
 * {@code System.IO.Path}, reading files and the registry, waiting): calling one is not a step. A
 * method not listed here and not read by {@link PsMethods} is reported as not analysed.
 */
final class PsPureMethods {
  private static final Set<String> NAMES =
      Set.of(
          """
          tostring equals gettype gethashcode compareto contains startswith endswith indexof
          lastindexof indexofany split trim trimstart trimend tolower toupper tolowerinvariant
          toupperinvariant substring replace padleft padright insert remove normalize tochararray
          format join concat isnullorempty isnullorwhitespace getenumerator movenext add addrange
          clear containskey containsvalue where foreach adddays addhours addminutes addseconds
          addmilliseconds addmonths addyears addticks subtract tofiletime touniversaltime
          tolocaltime parse tryparse parseexact round floor ceiling abs max min pow sqrt log newguid
          getfilename getfilenamewithoutextension getextension getdirectoryname getfullpath
          getpathroot combine gettemppath exists readalltext readalllines readallbytes readlines
          getfiles getdirectories getfilesystementries enumeratefiles enumeratedirectories
          getcurrentdirectory getlastwritetime getcreationtime getattributes getvalue getvaluenames
          getsubkeynames opensubkey getenvironmentvariable getenvironmentvariables getfolderpath
          getlogicaldrives expandenvironmentvariables matches match ismatch escape unescape getbytes
          readline readtoend read close dispose wait waitforexit getresult getawaiter getmethod
          getproperty getfield getmember getcurrentprocess getprocesses getprocessbyid
          getprocessesbyname gethostaddresses gethostentry gethostname toarray sort reverse invoke
          invokereturnasis getnewclosure exit createinstance new getstring tryformat ticks now
          tobase64string frombase64string
          """
              .strip()
              .split("\\s+"));

  private PsPureMethods() {}

  /** True for a method name (lower case) known to only compute or read. */
  static boolean contains(String method) {
    return NAMES.contains(method);
  }
}
