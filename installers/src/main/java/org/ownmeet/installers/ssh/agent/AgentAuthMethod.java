package org.ownmeet.installers.ssh.agent;

import java.io.IOException;
import java.util.List;

import com.hierynomus.sshj.key.KeyAlgorithm;
import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.KeyType;
import net.schmizz.sshj.common.Message;
import net.schmizz.sshj.common.SSHPacket;
import net.schmizz.sshj.transport.TransportException;
import net.schmizz.sshj.userauth.UserAuthException;
import net.schmizz.sshj.userauth.method.AbstractAuthMethod;

/**
 * SSH "publickey" authentication with one key held by an SSH agent: first a query without signature,
 * then, if the server accepts the key, the request signed by the agent (RFC 4252, section 7). RSA
 * keys are signed with the SHA-2 algorithm the server allows, as current OpenSSH requires.
 */
public final class AgentAuthMethod extends AbstractAuthMethod {
    private final SshAgentClient agent;
    private final AgentIdentity identity;

    public AgentAuthMethod(SshAgentClient agent, AgentIdentity identity) {
        super("publickey");
        this.agent = agent;
        this.identity = identity;
    }

    @Override
    protected SSHPacket buildReq() throws UserAuthException {
        return withKey(super.buildReq().putBoolean(false));
    }

    @Override
    public void handle(Message message, SSHPacket packet) throws UserAuthException, TransportException {
        if (message != Message.USERAUTH_60) {
            super.handle(message, packet);
            return;
        }
        SSHPacket request = withKey(super.buildReq().putBoolean(true));
        byte[] signed = new Buffer.PlainBuffer().putString(params.getTransport().getSessionID()).putBuffer(request).getCompactData();
        try {
            request.putBytes(agent.sign(identity.blob(), signed, flags(algorithm())));
        } catch (IOException e) {
            throw new UserAuthException("the SSH agent did not sign: " + e.getMessage(), e);
        }
        params.getTransport().write(request);
    }

    private SSHPacket withKey(SSHPacket request) throws UserAuthException {
        request.putString(algorithm());
        request.putBytes(identity.blob());
        return request;
    }

    private String algorithm() throws UserAuthException {
        KeyType type = KeyType.fromString(identity.keyType());
        try {
            List<KeyAlgorithm> allowed = params.getTransport().getClientKeyAlgorithms(type);
            return allowed.isEmpty() ? identity.keyType() : allowed.get(0).getKeyAlgorithm();
        } catch (TransportException e) {
            throw new UserAuthException("no signature algorithm for " + identity.keyType(), e);
        }
    }

    private static int flags(String algorithm) {
        return switch (algorithm) {
            case "rsa-sha2-512" -> SshAgentClient.RSA_SHA2_512;
            case "rsa-sha2-256" -> SshAgentClient.RSA_SHA2_256;
            default -> 0;
        };
    }

    @Override
    public String toString() {
        return identity.toString();
    }
}
