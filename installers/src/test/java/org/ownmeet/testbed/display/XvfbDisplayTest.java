package org.ownmeet.testbed.display;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ownmeet.testbed.host.HostCommand;

class XvfbDisplayTest {

    @Test
    void aDisplayServesClientsUntilItIsClosed() {
        String name;
        try (XvfbDisplay display = XvfbDisplay.start()) {
            name = display.name();
            String info = xdpyinfo(name).run().output();
            assertTrue(info.contains("1280x800 pixels") && info.contains("depth of root window:    24 planes"), info);
        }
        assertNotEquals(0, xdpyinfo(name).runAllowingFailure().exitCode(), name + " still answers after close");
    }

    @Test
    void twoDisplaysAtOnceGetTheirOwnNumbers() {
        try (XvfbDisplay first = XvfbDisplay.start(); XvfbDisplay second = XvfbDisplay.start()) {
            assertNotEquals(first.name(), second.name());
            xdpyinfo(second.name()).run();
        }
    }

    private static HostCommand xdpyinfo(String display) {
        return HostCommand.of("xdpyinfo").env("DISPLAY", display);
    }
}
