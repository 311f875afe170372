/**
 * Diff: what changed between two runs of a living review. Takes two output folders (results.json, and
 * manifest.json when present); gives a {@link org.metareport.diff.RunDiff} (studies added, removed or re-coded,
 * estimates and intervals that moved, conclusions that changed, inputs that changed), written as a console table,
 * Markdown or JSON by {@link org.metareport.diff.DiffWriter}.
 *
 * <p>It must not re-run a spec: it reads only what two runs wrote, and writes nothing into either folder.
 */
package org.metareport.diff;
