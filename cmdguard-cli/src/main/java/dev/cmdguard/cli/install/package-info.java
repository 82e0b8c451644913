/**
 * {@code cmdguard install} and {@code uninstall}: the agents' settings files, where each keeps its
 * hooks ({@link dev.cmdguard.cli.install.HookTarget}), edited as JSON trees that keep every other
 * setting and its order ({@link dev.cmdguard.cli.install.SettingsFile}), written with a backup and
 * an atomic rename, and shown as a unified diff for {@code --dry-run}.
 */
package dev.cmdguard.cli.install;
