package org.ownmeet.installers.ssh.exec;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The lines a script printed on one stream: all of them, or the last {@value #TAIL} for long output. */
final class OutputCapture {
    static final int TAIL = 2000;
    private final Deque<String> lines = new ArrayDeque<>();
    private final int limit;

    private OutputCapture(int limit) {
        this.limit = limit;
    }

    static OutputCapture all() {
        return new OutputCapture(Integer.MAX_VALUE);
    }

    static OutputCapture tail() {
        return new OutputCapture(TAIL);
    }

    synchronized void add(String line) {
        if (lines.size() == limit) {
            lines.removeFirst();
        }
        lines.addLast(line);
    }

    synchronized List<String> lines() {
        return new ArrayList<>(lines);
    }
}
