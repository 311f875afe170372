/**
 * Stage timings for {@code run --timings}: wall-clock time of each stage of a run, printed on stderr as it ends, so a
 * user (or a benchmark) sees where a run's time goes. A leaf package: it depends on no stage, and when timings are off
 * (the default) it does nothing but one volatile read per stage.
 *
 * <p>It must not change what a run computes or writes.
 */
package org.metareport.timing;
