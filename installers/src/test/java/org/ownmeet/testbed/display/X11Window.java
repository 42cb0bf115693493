package org.ownmeet.testbed.display;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.ownmeet.testbed.host.HostCommand;
import org.ownmeet.testbed.host.TestBedException;

/** A top-level window on an {@link XvfbDisplay}, looked at the way a window manager would. */
public final class X11Window {
    private final XvfbDisplay display;
    private final String id;

    private X11Window(XvfbDisplay display, String id) {
        this.display = display;
        this.id = id;
    }

    /** Waits until a visible window whose name matches {@code nameRegex} appears. */
    public static X11Window awaitVisible(XvfbDisplay display, String nameRegex, Duration timeout) {
        List<String> ids = new X11Window(display, "").run(timeout,
                "xdotool", "search", "--sync", "--onlyvisible", "--name", nameRegex).lines();
        if (ids.isEmpty()) {
            throw new TestBedException("xdotool found no window named " + nameRegex + " on " + display);
        }
        return new X11Window(display, ids.get(0));
    }

    public String id() {
        return id;
    }

    /** {@code xprop}'s line(s) for one property, e.g. {@code _NET_WM_NAME(UTF8_STRING) = "OwnMeet"}. */
    public String property(String name) {
        return run(Duration.ofSeconds(20), "xprop", "-id", id, name).output();
    }

    /** Width and height of the window's contents, in pixels. */
    public int[] size() {
        int width = -1;
        int height = -1;
        for (String line : run(Duration.ofSeconds(20), "xdotool", "getwindowgeometry", "--shell", id).lines()) {
            if (line.startsWith("WIDTH=")) {
                width = Integer.parseInt(line.substring(6));
            } else if (line.startsWith("HEIGHT=")) {
                height = Integer.parseInt(line.substring(7));
            }
        }
        return new int[] {width, height};
    }

    /** Writes what the window shows to a PNG file, as ImageMagick's {@code import} grabs it. */
    public Path capture(Path png) {
        try {
            Files.createDirectories(png.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new TestBedException("cannot create " + png.getParent(), e);
        }
        run(Duration.ofSeconds(30), "import", "-silent", "-window", id, png.toString());
        return png;
    }

    private HostCommand.Result run(Duration timeout, String... command) {
        HostCommand host = HostCommand.of(command).timeout(timeout);
        display.environment().forEach(host::env);
        return host.run();
    }

    @Override
    public String toString() {
        return "window " + id + " on " + display;
    }
}
