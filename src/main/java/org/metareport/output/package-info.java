/** The output stage: a staging folder moved into place atomically ({@link org.metareport.output.Staging}), the rules for which folders a run may replace ({@link org.metareport.output.OutputFolder}) and the provenance manifest ({@link org.metareport.output.Manifest}). */
package org.metareport.output;
