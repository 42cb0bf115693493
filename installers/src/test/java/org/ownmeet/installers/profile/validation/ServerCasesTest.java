package org.ownmeet.installers.profile.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ownmeet.installers.profile.validation.Edits.server;

import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileFields;

/** The server OwnMeet logs in to: an address (here an IP address is welcome), the SSH port, a Linux user name. */
class ServerCasesTest {

    static Stream<Arguments> refused() {
        return Stream.of(
                bad(p -> p.withServer(null), ProfileFields.SERVER, "Server: missing."),
                bad(server(s -> s.withHost("")), ProfileFields.SERVER_HOST, "Server address: missing. Type the IP address or the name"),
                bad(server(s -> s.withHost(null)), ProfileFields.SERVER_HOST, "Server address: missing."),
                bad(server(s -> s.withHost(" 203.0.113.5")), ProfileFields.SERVER_HOST, "Server address: remove the space at the start"),
                bad(server(s -> s.withHost("root@203.0.113.5")), ProfileFields.SERVER_HOST, "Server address: type only the address,"
                        + " \"203.0.113.5\"; the user name \"root\" goes into the field for the user name"),
                bad(server(s -> s.withHost("203.0.113.5:2222")), ProfileFields.SERVER_HOST, "Server address: type only the address; the"
                        + " port 2222 goes into the field for the port"),
                bad(server(s -> s.withHost("[2001:db8::5]:2222")), ProfileFields.SERVER_HOST, "the port 2222 goes into the field"),
                bad(server(s -> s.withHost("server.lan:22")), ProfileFields.SERVER_HOST, "the port 22 goes into the field"),
                bad(server(s -> s.withHost("ssh://203.0.113.5")), ProfileFields.SERVER_HOST, "type only the address, without \"ssh://\""),
                bad(server(s -> s.withHost("203.0.113.300")), ProfileFields.SERVER_HOST, "Server address: \"203.0.113.300\" is not a valid"
                        + " IP address"),
                bad(server(s -> s.withHost("my server.lan")), ProfileFields.SERVER_HOST, "Server address: the name contains a space"),
                bad(server(s -> s.withHost("server_1.lan")), ProfileFields.SERVER_HOST, "the underscore (_) is not possible"),
                bad(server(s -> s.withHost("server.lan.")), ProfileFields.SERVER_HOST, "Server address: remove the dot at the end"),
                bad(server(s -> s.withHost("12345")), ProfileFields.SERVER_HOST, "cannot be only digits"),
                bad(server(s -> s.withHost("-server.lan")), ProfileFields.SERVER_HOST, "the part \"-server\" starts with a hyphen"),
                bad(server(s -> s.withPort(0)), ProfileFields.SERVER_PORT, "SSH port: a number from 1 to 65535; most servers use 22, and 0"
                        + " is not possible"),
                bad(server(s -> s.withPort(65536)), ProfileFields.SERVER_PORT, "a number from 1 to 65535"),
                bad(server(s -> s.withPort(-22)), ProfileFields.SERVER_PORT, "a number from 1 to 65535"),
                bad(server(s -> s.withUser("")), ProfileFields.SERVER_USER, "Server user name: missing. Type the user you log in with"),
                bad(server(s -> s.withUser("Debian")), ProfileFields.SERVER_USER, "Server user name: user names on Linux are in small"
                        + " letters: \"debian\""),
                bad(server(s -> s.withUser("1admin")), ProfileFields.SERVER_USER, "Server user name: \"1admin\" is not possible on Linux"),
                bad(server(s -> s.withUser("-oProxyCommand")), ProfileFields.SERVER_USER, "is not possible on Linux"),
                bad(server(s -> s.withUser("debian@203.0.113.5")), ProfileFields.SERVER_USER, "type only the user name, without @"),
                bad(server(s -> s.withUser("debian ")), ProfileFields.SERVER_USER, "Server user name: remove the space at the end"),
                bad(server(s -> s.withUser("a".repeat(33))), ProfileFields.SERVER_USER, "too long: at most 32 characters"));
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                good(server(s -> s.withHost("[2001:DB8::5]")), p -> p.server().host(), "2001:db8::5"),
                good(server(s -> s.withHost("2001:db8:0:0::5")), p -> p.server().host(), "2001:db8::5"),
                good(server(s -> s.withHost("Server.Example.ORG")), p -> p.server().host(), "server.example.org"),
                good(server(s -> s.withHost("nas")), p -> p.server().host(), "nas"),
                good(server(s -> s.withHost("localhost")), p -> p.server().host(), "localhost"),
                good(server(s -> s.withHost("127.0.0.1")), p -> p.server().host(), "127.0.0.1"),
                good(server(s -> s.withPort(65535)), p -> p.server().port(), 65535),
                good(server(s -> s.withUser("_ownmeet-1")), p -> p.server().user(), "_ownmeet-1"));
    }

    private static Arguments bad(UnaryOperator<Profile> edit, String field, String message) {
        return Arguments.of(field + ": " + message, edit, field, message);
    }

    private static Arguments good(UnaryOperator<Profile> edit, Function<Profile, Object> value, Object expected) {
        return Arguments.of(String.valueOf(expected), edit, value, expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("refused")
    void refusesWithAMessageThatSaysWhy(String shown, UnaryOperator<Profile> edit, String field, String message) {
        Edits.assertRefused(edit, field, message);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("accepted")
    void acceptsAndNormalises(String shown, UnaryOperator<Profile> edit, Function<Profile, Object> value, Object expected) {
        assertEquals(expected, value.apply(Edits.assertAccepted(edit)));
    }
}
