package org.ownmeet.app.e2e;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.minidns.dnsmessage.DnsMessage;
import org.minidns.dnsmessage.Question;
import org.minidns.record.InternetAddressRR;
import org.minidns.record.Record;
import org.ownmeet.steps.domain.DomainLookup;

/**
 * The domain step's look-up, asked of the test bed's DNS (which the targets' domains live in) rather
 * than of this computer's resolver: what a user's computer sees once their DNS record is in place.
 */
final class TestBedDnsLookup implements DomainLookup {
    private final InetSocketAddress server;

    /** @param resolver the test bed's DNS as {@code address:port} */
    TestBedDnsLookup(String resolver) {
        int colon = resolver.lastIndexOf(':');
        this.server = new InetSocketAddress(resolver.substring(0, colon), Integer.parseInt(resolver.substring(colon + 1)));
    }

    @Override
    public List<InetAddress> addressesOf(String asciiDomain) throws UnknownHostException {
        List<InetAddress> found = new ArrayList<>();
        for (Record.TYPE type : List.of(Record.TYPE.A, Record.TYPE.AAAA)) {
            DnsMessage query = DnsMessage.builder().setId(type.ordinal() + 1).setRecursionDesired(true)
                    .setQuestion(new Question(asciiDomain, type)).build();
            try (DatagramSocket socket = new DatagramSocket()) {
                socket.setSoTimeout(3000);
                byte[] bytes = query.toArray();
                socket.send(new DatagramPacket(bytes, bytes.length, server));
                byte[] buffer = new byte[1500];
                DatagramPacket answer = new DatagramPacket(buffer, buffer.length);
                socket.receive(answer);
                for (Record<?> record : new DnsMessage(java.util.Arrays.copyOf(buffer, answer.getLength())).answerSection) {
                    if (record.payloadData instanceof InternetAddressRR<?> address) {
                        found.add(address.getInetAddress());
                    }
                }
            } catch (IOException e) {
                // no answer for this type (the test bed's DNS may hold only an A record): the other may still have one
            }
        }
        if (found.isEmpty()) {
            throw new UnknownHostException(asciiDomain);
        }
        return found;
    }
}
