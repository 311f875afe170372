package org.metareport.verify;

/**
 * What was verified, as the verification report names it.
 *
 * @param spec  the spec's path as given on the command line
 * @param title the spec's title
 * @param tool  the metareport that re-ran it
 */
public record VerificationSubject(String spec, String title, ToolIdentity tool) {}
