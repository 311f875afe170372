/**
 * {@code watch}: keeps a report up to date while its author edits the spec, the data or the templates. Takes a spec
 * and run options; gives a re-rendered output folder after each change ({@link org.metareport.watch.Watcher}, through
 * a warm {@link org.metareport.Session}) and, optionally, a preview page on the loopback interface that reloads
 * itself ({@link org.metareport.watch.PreviewServer}). Nothing upstream depends on this package.
 *
 * <p>It must not write anywhere but the run's output folder, and its preview server listens on the loopback interface only.
 */
package org.metareport.watch;
