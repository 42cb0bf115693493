package org.ownmeet.installers.profile.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.ownmeet.installers.profile.Profile.Server;
import org.ownmeet.installers.profile.ProfileFields;

/** Where OwnMeet logs in: address, SSH port and a user name as Debian and Ubuntu allow it. */
public final class ServerRule {
    private static final Pattern UNIX_USER = Pattern.compile("^[a-z_][a-z0-9_-]{0,31}$");

    private ServerRule() {
    }

    public static CheckedValue<Server> check(Server server) {
        if (server == null) {
            return CheckedValue.invalid(ProfileFields.SERVER, "Server: missing. Type the address of your server and the user"
                    + " name you log in with", "server.missing");
        }
        List<FieldError> errors = new ArrayList<>();
        CheckedValue<String> host = ServerAddressRule.check(ProfileFields.SERVER_HOST, server.host());
        errors.addAll(host.errors());
        portProblem(server.port()).ifPresent(reason -> errors.add(reason.at(ProfileFields.SERVER_PORT, "SSH port")));
        userProblem(server.user()).ifPresent(reason -> errors.add(reason.at(ProfileFields.SERVER_USER, "Server user name")));
        Server normalised = errors.isEmpty() ? server.withHost(host.value()) : null;
        return new CheckedValue<>(normalised, errors, host.warnings());
    }

    static Optional<Reason> portProblem(int port) {
        return port >= 1 && port <= 65535 ? Optional.empty() : Optional.of(Reason.of("server-port.range", "a number from 1 to"
                + " 65535; most servers use 22, and " + port + " is not possible", port));
    }

    static Optional<Reason> userProblem(String user) {
        if (user == null || user.isBlank()) {
            return Optional.of(Reason.of("server-user.missing", "missing. Type the user you log in with, such as root or"
                    + " debian"));
        }
        return SurroundingSpace.problem(user).or(() -> {
            if (UNIX_USER.matcher(user).matches()) {
                return Optional.empty();
            }
            if (user.length() > 32) {
                return Optional.of(Reason.of("server-user.too-long", "too long: at most 32 characters", 32));
            }
            if (UNIX_USER.matcher(user.toLowerCase(Locale.ROOT)).matches()) {
                String lower = Shown.quoted(user.toLowerCase(Locale.ROOT));
                return Optional.of(Reason.of("server-user.capitals", "user names on Linux are in small letters: " + lower,
                        lower));
            }
            if (user.contains("@")) {
                return Optional.of(Reason.of("server-user.with-at", "type only the user name, without @ and the server's"
                        + " address"));
            }
            return Optional.of(Reason.of("server-user.invalid", Shown.quoted(user) + " is not possible on Linux: start with a"
                    + " small letter (or _), then small letters a to z, digits, _ and -", Shown.quoted(user)));
        });
    }
}
