package org.ownmeet.testbed.host;

/** The test bed could not provide what a test asked for; the message says what and shows the output. */
public class TestBedException extends RuntimeException {
    public TestBedException(String message) {
        super(message);
    }

    public TestBedException(String message, Throwable cause) {
        super(message, cause);
    }
}
