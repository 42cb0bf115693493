package org.ownmeet.installers.profile.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.ownmeet.installers.profile.Profile.Bridge;
import org.ownmeet.installers.profile.Profile.Server;
import org.ownmeet.installers.profile.ProfileFields;

/**
 * The extra videobridge servers: each address, SSH port and user by the main server's rules, and a name that
 * becomes the bridge's id on the main server (its account {@code jvb-<name>} and its WebSocket path), so it is
 * short, in small letters, and no two bridges share a name or an address (nor with the main server).
 */
public final class BridgesRule {
    private static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9-]{0,19}$");

    private BridgesRule() {
    }

    public static CheckedValue<List<Bridge>> check(List<Bridge> bridges, Server main) {
        List<FieldError> errors = new ArrayList<>();
        List<FieldWarning> warnings = new ArrayList<>();
        List<Bridge> normalised = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        Map<String, String> addresses = new HashMap<>();
        String mainHost = main == null || main.host() == null ? null
                : ServerAddressRule.check(ProfileFields.SERVER_HOST, main.host()).value();
        for (int i = 0; i < bridges.size(); i++) {
            Bridge bridge = bridges.get(i);
            int before = errors.size();
            nameError(bridge.name(), ProfileFields.bridge(i, "name")).ifPresent(errors::add);
            CheckedValue<String> host = ServerAddressRule.check(ProfileFields.bridge(i, "host"), bridge.host());
            errors.addAll(host.errors());
            warnings.addAll(host.warnings());
            String portField = ProfileFields.bridge(i, "port");
            ServerRule.portProblem(bridge.port()).ifPresent(reason -> errors.add(reason.at(portField, "SSH port")));
            String userField = ProfileFields.bridge(i, "user");
            ServerRule.userProblem(bridge.user()).ifPresent(reason -> errors.add(reason.at(userField, "Server user name")));
            if (errors.size() > before) {
                continue;
            }
            String sameName = names.putIfAbsent(bridge.name(), bridge.name());
            if (sameName != null) {
                errors.add(new FieldError(ProfileFields.bridge(i, "name"), "Videobridge name: " + Shown.quoted(bridge.name())
                        + " is taken by another videobridge server; give each its own name", "bridge-name.duplicate",
                        List.of(Shown.quoted(bridge.name()))));
                continue;
            }
            String address = Shown.quoted(host.value());
            if (host.value().equals(mainHost)) {
                errors.add(new FieldError(ProfileFields.bridge(i, "host"), "Server address: " + address + " is the main"
                        + " server; a videobridge needs a server of its own", "bridge-address.main", List.of(address)));
                continue;
            }
            String sameAddress = addresses.putIfAbsent(host.value(), bridge.name());
            if (sameAddress != null) {
                errors.add(new FieldError(ProfileFields.bridge(i, "host"), "Server address: " + address + " is already the"
                        + " videobridge " + Shown.quoted(sameAddress) + "; each needs a server of its own",
                        "bridge-address.duplicate", List.of(address, Shown.quoted(sameAddress))));
                continue;
            }
            normalised.add(new Bridge(bridge.name(), host.value(), bridge.port(), bridge.user()));
        }
        return new CheckedValue<>(errors.isEmpty() ? List.copyOf(normalised) : null, errors, warnings);
    }

    private static Optional<FieldError> nameError(String name, String field) {
        if (name == null || name.isBlank()) {
            return Optional.of(new FieldError(field, "Videobridge name: missing. Give it a short name, such as"
                    + " bridge2", "bridge-name.missing", List.of()));
        }
        if (!NAME.matcher(name).matches()) {
            return Optional.of(new FieldError(field, "Videobridge name: " + Shown.quoted(name) + " is not possible:"
                    + " start with a small letter, then up to 19 small letters a to z, digits and -", "bridge-name.invalid",
                    List.of(Shown.quoted(name))));
        }
        return Optional.empty();
    }
}
