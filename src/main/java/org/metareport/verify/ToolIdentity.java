package org.metareport.verify;

/**
 * Which metareport produced a verification: what a journal records to re-run it with the same tool.
 *
 * @param version   the release version ("0.1.0")
 * @param commit    the git commit the tool was built from, or null when unknown
 * @param jarSha256 the SHA-256 of the running jar, or null when not run from a jar (e.g. from a build folder)
 */
public record ToolIdentity(String version, String commit, String jarSha256) {}
