/**
 * The fonts installed on the machine, as the figures and the PDF fall back to them for characters the bundled DejaVu
 * fonts lack: which files there are (in a fixed order, so one machine always picks the same font) and which faces
 * have outlines. Takes folders, gives font locations; used by {@code figures} and {@code render.pdf}, depends on
 * nothing of metareport.
 *
 * <p>It must not download or bundle fonts; it only lists what the machine has.
 */
package org.metareport.fonts;
