package org.ownmeet.installers.xmpp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.jivesoftware.smack.util.StringUtils;
import org.ownmeet.installers.web.HttpResponse;
import org.ownmeet.installers.web.HttpsConnection;
import org.ownmeet.installers.web.VerifiedTls;

/**
 * One BOSH session (XEP-0124, XEP-0206) over {@link HttpsConnection}s, written here because Smack's
 * BOSH transport (jbosh) turns off the certificate's name check and ignores a pinned certificate.
 * <p>
 * Classic two-request BOSH: one request is always held by the server, so it can answer at any
 * time; a request carrying data goes out at once as the second one, which makes the server answer
 * the held one. Bodies are numbered (rid) when they are made; Prosody puts requests that arrive out of
 * order back in order, and answers are handed on here in rid order.
 */
final class BoshSession {
    static final String BOSH_NS = "http://jabber.org/protocol/httpbind";
    static final String XBOSH_NS = "urn:xmpp:xbosh";
    static final String CONTENT_TYPE = "text/xml; charset=utf-8";
    /** How long the server may hold a request; an idle session asks again this often. */
    static final int WAIT_SECONDS = 5;
    private static final AtomicInteger SESSIONS = new AtomicInteger();

    interface Listener {
        /** A body from the server, in rid order; a terminating one is the last. */
        void received(BoshBody body);

        /** The session broke (transport or HTTP error); called at most once, and not after {@link #close()}. */
        void failed(IOException failure);
    }

    private record Outgoing(String payload, boolean restart) {
    }

    private record Request(long rid, String body) {
    }

    private final VerifiedTls tls;
    private final String path;
    private final String xmppDomain;
    private final Listener listener;
    private final Duration heldRequestTimeout;
    private final Object lock = new Object();
    private final Deque<Outgoing> queue = new ArrayDeque<>();
    private final Deque<HttpsConnection> idle = new ArrayDeque<>();
    private final Set<HttpsConnection> open = new HashSet<>();
    private final TreeMap<Long, BoshBody> answers = new TreeMap<>();
    private final Object deliveryLock = new Object();
    private ExecutorService exchanges;
    private String sid;
    private long nextRid;
    private long nextAnswer;
    private int maxRequests = 2;
    private int inFlight;
    /** No more requests are made (closing, terminated by the server, or failed). */
    private boolean ended;
    /** Every connection is closed; one opened late is closed at once. */
    private boolean aborted;
    /** OwnMeet ended the session: the server's answers to held requests (its goodbye) are not news. */
    private boolean closing;

    BoshSession(VerifiedTls tls, String path, String xmppDomain, Listener listener) {
        this.tls = tls;
        this.path = path;
        this.xmppDomain = xmppDomain;
        this.listener = listener;
        this.heldRequestTimeout = tls.timeouts().read().plusSeconds(WAIT_SECONDS);
    }

    /**
     * Asks for a session and returns the server's first body (with the stream features), then keeps
     * one request open from here on. A refusal (e.g. an unknown domain) is a {@link BoshTerminatedException}.
     */
    BoshBody start() throws IOException {
        long rid = 1 + new SecureRandom().nextLong(1L << 40);
        String create = "<body xmlns='" + BOSH_NS + "' xmlns:xmpp='" + XBOSH_NS + "' content='" + CONTENT_TYPE
                + "' hold='1' rid='" + rid + "' to='" + escape(xmppDomain) + "' wait='" + WAIT_SECONDS
                + "' ver='1.6' xml:lang='en' xmpp:version='1.0'/>";
        HttpsConnection connection = HttpsConnection.open(tls);
        synchronized (lock) {
            open.add(connection);
        }
        BoshBody created;
        try {
            created = BoshBody.parse(post(connection, create));
        } catch (IOException e) {
            discard(connection);
            throw e;
        }
        if (created.isTerminate()) {
            discard(connection);
            throw new BoshTerminatedException(created.condition());
        }
        if (created.sid() == null) {
            discard(connection);
            throw new java.net.ProtocolException("the server's first BOSH body has no session id");
        }
        synchronized (lock) {
            sid = created.sid();
            if (created.requests() != null) {
                maxRequests = Math.max(1, Math.min(2, created.requests()));
            }
            nextRid = rid + 1;
            nextAnswer = rid + 1;
            exchanges = Executors.newFixedThreadPool(2, runnable -> {
                Thread thread = new Thread(runnable, "ownmeet-bosh-" + SESSIONS.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }
        release(connection);
        pump();
        return created;
    }

    /** Queues XML (stanzas, SASL elements) for the server. */
    void send(String xml) {
        synchronized (lock) {
            if (ended) {
                return;
            }
            queue.add(new Outgoing(xml, false));
        }
        pump();
    }

    /** XEP-0206's stream restart after SASL success: a body of its own, in order with the rest. */
    void restart() {
        synchronized (lock) {
            if (ended) {
                return;
            }
            queue.add(new Outgoing(null, true));
        }
        pump();
    }

    /** Ends the session politely: whatever is queued goes out with the terminating body, then every connection closes. */
    void close() {
        String terminate;
        synchronized (lock) {
            if (ended) {
                return;
            }
            ended = true;
            closing = true;
            StringBuilder payload = new StringBuilder();
            for (Outgoing outgoing : queue) {
                if (!outgoing.restart()) {
                    payload.append(outgoing.payload());
                }
            }
            queue.clear();
            terminate = sid == null ? null
                    : "<body xmlns='" + BOSH_NS + "' rid='" + nextRid++ + "' sid='" + escape(sid) + "' type='terminate'>"
                            + payload + "</body>";
        }
        if (terminate != null) {
            try {
                HttpsConnection connection = take();
                try {
                    connection.readTimeout(tls.timeouts().read());
                    post(connection, terminate);
                } finally {
                    discard(connection);
                }
            } catch (IOException e) {
                // the server forgets the session after its inactivity timeout anyway
            }
        }
        abort();
    }

    /** Ends at once without telling the server. */
    void abort() {
        List<HttpsConnection> all;
        ExecutorService pool;
        synchronized (lock) {
            ended = true;
            aborted = true;
            queue.clear();
            all = new ArrayList<>(open);
            open.clear();
            idle.clear();
            pool = exchanges;
        }
        all.forEach(HttpsConnection::close);
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /** Sends what is due: data whenever a request slot is free, an empty request whenever none is open. */
    private void pump() {
        List<Request> due = new ArrayList<>();
        synchronized (lock) {
            while (!ended && sid != null && inFlight < maxRequests && (!queue.isEmpty() || inFlight == 0)) {
                due.add(nextRequest());
                inFlight++;
            }
            for (Request request : due) {
                exchanges.execute(() -> exchange(request));
            }
        }
    }

    private Request nextRequest() {
        long rid = nextRid++;
        String head = "<body xmlns='" + BOSH_NS + "' rid='" + rid + "' sid='" + escape(sid) + "'";
        if (!queue.isEmpty() && queue.peek().restart()) {
            queue.poll();
            return new Request(rid, head + " to='" + escape(xmppDomain) + "' xml:lang='en' xmlns:xmpp='" + XBOSH_NS
                    + "' xmpp:restart='true'/>");
        }
        StringBuilder body = new StringBuilder(head).append('>');
        while (!queue.isEmpty() && !queue.peek().restart()) {
            body.append(queue.poll().payload());
        }
        return new Request(rid, body.append("</body>").toString());
    }

    private void exchange(Request request) {
        HttpsConnection connection = null;
        try {
            connection = take();
            connection.readTimeout(heldRequestTimeout);
            BoshBody answer = BoshBody.parse(post(connection, request.body()));
            release(connection);
            connection = null;
            synchronized (lock) {
                if (closing || aborted) {
                    return;
                }
                if (answer.isTerminate()) {
                    ended = true;
                }
            }
            deliver(request.rid(), answer);
        } catch (IOException e) {
            if (connection != null) {
                discard(connection);
            }
            fail(e);
        } finally {
            synchronized (lock) {
                inFlight--;
            }
            pump();
        }
    }

    private String post(HttpsConnection connection, String body) throws IOException {
        HttpResponse response = connection.post(path, CONTENT_TYPE, body.getBytes(StandardCharsets.UTF_8));
        if (response.status() != 200) {
            throw new BoshHttpStatusException(response.status());
        }
        return response.bodyText();
    }

    private void deliver(long rid, BoshBody answer) {
        synchronized (deliveryLock) {
            answers.put(rid, answer);
            while (!answers.isEmpty() && answers.firstKey() == nextAnswer) {
                nextAnswer++;
                listener.received(answers.pollFirstEntry().getValue());
            }
        }
    }

    private void fail(IOException failure) {
        synchronized (lock) {
            if (ended) {
                return;
            }
        }
        abort();
        listener.failed(failure);
    }

    private HttpsConnection take() throws IOException {
        synchronized (lock) {
            HttpsConnection reuse = idle.poll();
            if (reuse != null) {
                return reuse;
            }
        }
        HttpsConnection fresh = HttpsConnection.open(tls);
        synchronized (lock) {
            if (!aborted) {
                open.add(fresh);
                return fresh;
            }
        }
        fresh.close();
        throw new IOException("the BOSH session has ended");
    }

    private void release(HttpsConnection connection) {
        synchronized (lock) {
            if (!ended && connection.isReusable()) {
                idle.add(connection);
                return;
            }
        }
        discard(connection);
    }

    private void discard(HttpsConnection connection) {
        synchronized (lock) {
            open.remove(connection);
        }
        connection.close();
    }

    private static String escape(String text) {
        return StringUtils.escapeForXmlAttributeApos(text).toString();
    }
}
