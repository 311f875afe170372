/**
 * Verification: an earlier run compared with a fresh one. Takes two results.json trees and the manifests' file
 * hashes; gives a {@link org.metareport.verify.VerifyReport}, which the command line prints as a table and
 * {@link org.metareport.verify.VerificationFiles} writes as a journal's verification report (HTML and JSON).
 *
 * <p>It must not overwrite the earlier run it compares with.
 */
package org.metareport.verify;
