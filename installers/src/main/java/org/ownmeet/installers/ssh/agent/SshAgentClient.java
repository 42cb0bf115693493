package org.ownmeet.installers.ssh.agent;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import net.schmizz.sshj.common.Buffer;

/**
 * A client of the OpenSSH agent protocol over the agent's Unix socket: it lists the agent's keys and
 * asks it to sign, so a private key never leaves the agent. Only the two requests OwnMeet needs.
 */
public final class SshAgentClient implements AutoCloseable {
    private static final byte FAILURE = 5;
    private static final byte REQUEST_IDENTITIES = 11;
    private static final byte IDENTITIES_ANSWER = 12;
    private static final byte SIGN_REQUEST = 13;
    private static final byte SIGN_RESPONSE = 14;
    public static final int RSA_SHA2_256 = 2;
    public static final int RSA_SHA2_512 = 4;

    private final SocketChannel channel;

    private SshAgentClient(SocketChannel channel) {
        this.channel = channel;
    }

    public static SshAgentClient connect(Path socket) throws IOException {
        return new SshAgentClient(SocketChannel.open(UnixDomainSocketAddress.of(socket)));
    }

    public synchronized List<AgentIdentity> identities() throws IOException {
        Buffer.PlainBuffer reply = request(new Buffer.PlainBuffer().putByte(REQUEST_IDENTITIES), IDENTITIES_ANSWER);
        try {
            long count = reply.readUInt32();
            List<AgentIdentity> identities = new ArrayList<>();
            for (long i = 0; i < count; i++) {
                identities.add(new AgentIdentity(reply.readBytes(), reply.readString(StandardCharsets.UTF_8)));
            }
            return identities;
        } catch (Buffer.BufferException e) {
            throw new IOException("malformed answer from the SSH agent", e);
        }
    }

    /** The signature, in SSH wire format (algorithm name and signature blob), as a userauth request carries it. */
    public synchronized byte[] sign(byte[] keyBlob, byte[] data, int flags) throws IOException {
        Buffer.PlainBuffer reply = request(new Buffer.PlainBuffer().putByte(SIGN_REQUEST).putBytes(keyBlob).putBytes(data)
                .putUInt32(flags), SIGN_RESPONSE);
        try {
            return reply.readBytes();
        } catch (Buffer.BufferException e) {
            throw new IOException("malformed signature from the SSH agent", e);
        }
    }

    private Buffer.PlainBuffer request(Buffer.PlainBuffer message, byte expected) throws IOException {
        byte[] body = message.getCompactData();
        ByteBuffer out = ByteBuffer.allocate(4 + body.length).putInt(body.length).put(body).flip();
        while (out.hasRemaining()) {
            channel.write(out);
        }
        ByteBuffer length = readFully(4);
        ByteBuffer in = readFully(length.getInt());
        byte type = in.get();
        if (type == FAILURE) {
            throw new IOException("the SSH agent refused the request");
        }
        if (type != expected) {
            throw new IOException("unexpected answer " + type + " from the SSH agent");
        }
        byte[] rest = new byte[in.remaining()];
        in.get(rest);
        return new Buffer.PlainBuffer(rest);
    }

    private ByteBuffer readFully(int size) throws IOException {
        if (size < 0 || size > 256 * 1024) {
            throw new IOException("implausible message length " + size + " from the SSH agent");
        }
        ByteBuffer buffer = ByteBuffer.allocate(size);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new IOException("the SSH agent closed the connection");
            }
        }
        return buffer.flip();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
