/** The output stage: a staging folder moved into place atomically ({@link org.metareport.output.Staging}) and the provenance manifest ({@link org.metareport.output.Manifest}). */
package org.metareport.output;
