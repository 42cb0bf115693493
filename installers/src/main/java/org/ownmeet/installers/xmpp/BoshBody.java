package org.ownmeet.installers.xmpp;

import java.io.IOException;

import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;

/** The attributes of a BOSH {@code <body/>} the transport acts on; the children are the connection's. */
record BoshBody(String xml, String sid, String type, String condition, Integer requests) {
    static BoshBody parse(String xml) throws IOException {
        try {
            XmlPullParser parser = PacketParserUtils.getParserFor(xml);
            if (!"body".equals(parser.getName())) {
                throw new java.net.ProtocolException("not a BOSH body: <" + parser.getName() + ">");
            }
            String requests = parser.getAttributeValue("", "requests");
            return new BoshBody(xml, parser.getAttributeValue("", "sid"), parser.getAttributeValue("", "type"),
                    parser.getAttributeValue("", "condition"), requests == null ? null : Integer.valueOf(requests));
        } catch (XmlPullParserException | NumberFormatException e) {
            throw new java.net.ProtocolException("not a BOSH body: " + e.getMessage());
        }
    }

    boolean isTerminate() {
        return "terminate".equals(type);
    }
}
