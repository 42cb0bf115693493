package org.ownmeet.app;

/** Placeholder until the window lands. */
public final class Main {
    public static void main(String[] args) {
        System.out.println("OwnMeet");
    }
}
