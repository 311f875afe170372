package org.metareport.cli;

/** Command-line entry point (work in progress). */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println("metareport");
    }
}
