/**
 * The output stage: a staging folder moved into place atomically ({@link org.metareport.output.Staging}), the rules for
 * which folders a run may replace ({@link org.metareport.output.OutputFolder}) and the provenance manifest
 * ({@link org.metareport.output.Manifest}). Takes the rendered files and the inputs' hashes; gives the finished output
 * folder. It must not delete anything metareport did not create (a folder is replaced only when it carries
 * metareport's {@code .metareport} marker) and must not leave a half-written folder behind on failure.
 */
package org.metareport.output;
