/**
 * Resolution and classification of the paths commands touch (SPEC sections 3 and 4).
 *
 * <p>Use: build a {@link dev.cmdguard.paths.PathContext} (workspace, home, user), then {@link
 * dev.cmdguard.paths.PathResolver#resolve} an operand and {@link
 * dev.cmdguard.paths.PathClassifier#classify} the result:
 *
 * <pre>{@code
 * PathContext context = new PathContext("/home/dev/project", "/home/dev", "dev");
 * ResolvedPath path = new PathResolver(context).resolve("../../..", false, Optional.of(cwd));
 * PathClassification judgment = new PathClassifier(context).classify(path);
 * judgment.has(PathClass.ROOT); // true from the workspace
 * }</pre>
 *
 * <p>Everything here is a pure function of its arguments: no file system, no environment, no clock.
 * So {@code ..} is lexical, symbolic links are not followed, and a glob is judged by what it could
 * match among known names rather than by what exists.
 *
 * <p>Where the lists come from: system directories from the Filesystem Hierarchy Standard 3.0 and
 * macOS's top level ({@code Locations}); devices from the Linux device names ({@code
 * Documentation/admin-guide/devices.txt}) and bash's special files; sensitive files from the
 * documentation of the tools that write them ({@code SensitiveFiles}).
 */
package dev.cmdguard.paths;
