package org.metareport;

import java.util.concurrent.CountDownLatch;

/**
 * The command line, pausing for good once a run's staging folder is open (after printing {@code staging <folder>}),
 * so that a test can stop the process in the middle of staging without guessing at timing.
 */
public final class PausingMain {
    private PausingMain() {}

    public static void main(String[] args) {
        Pipeline.stagingOpened = folder -> {
            System.out.println("staging " + folder);
            System.out.flush();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        org.metareport.cli.Main.main(args);
    }
}
