package org.ownmeet.installers.privacy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigResolveOptions;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import org.ownmeet.installers.packages.JitsiFiles;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.files.FileSnapshot;
import org.ownmeet.installers.verify.CheckId;
import org.ownmeet.installers.verify.CheckResult;
import org.ownmeet.installers.verify.ServerCheck;
import org.ownmeet.installers.verify.VerifyTarget;
import org.ownmeet.installers.web.HttpResponse;
import org.ownmeet.installers.web.HttpsConnection;
import org.ownmeet.installers.web.VerifiedTls;
import org.ownmeet.installers.web.WebTimeouts;

/**
 * No host but the meeting domain (and its subdomains) in what browsers are told to contact (the
 * served config.js, run as a browser runs it) nor in the videobridge's and jicofo's configuration.
 * Only host names are looked at and shown, never other values (the files hold passwords). The
 * served settings must also not let a participant share a video from another website.
 */
final class NoThirdPartyHostsCheck implements ServerCheck {
    static final List<String> COMPONENT_FILES = List.of(JitsiFiles.JVB_CONF, JitsiFiles.JVB_PROPERTIES,
            JitsiFiles.JICOFO_CONF, JitsiFiles.JICOFO_PROPERTIES);
    private final String domain;

    NoThirdPartyHostsCheck(String domain) {
        this.domain = domain;
    }

    @Override
    public CheckId id() {
        return CheckId.NO_THIRD_PARTY_HOSTS;
    }

    @Override
    public CheckResult after(SshSession session, VerifyTarget target) {
        Map<String, Set<String>> found = new LinkedHashMap<>();
        String servedConfig;
        try (HttpsConnection connection = HttpsConnection.open(new VerifiedTls(target.server(), WebTimeouts.DEFAULT))) {
            HttpResponse response = connection.get("/config.js");
            if (!response.isSuccess()) {
                return CheckResult.failed(id(), "The meeting page's settings (config.js) could not be read, so OwnMeet cannot "
                        + "tell which servers browsers contact.", "GET /config.js answered HTTP " + response.status());
            }
            servedConfig = response.bodyText();
        } catch (IOException e) {
            return CheckResult.failed(id(), "The meeting page's settings (config.js) could not be read, so OwnMeet cannot tell "
                    + "which servers browsers contact.", "GET /config.js: " + e.getMessage());
        }
        try {
            String config = ServedConfig.asJson(servedConfig);
            found.put("the meeting page's settings (config.js)", ThirdPartyHosts.in(jsonStrings(config), domain));
            List<String> sharedVideo = SharedVideo.allowances(new ObjectMapper().readTree(config), domain);
            if (!sharedVideo.isEmpty()) {
                return CheckResult.failed(id(), "Participants can share videos from other websites (such as YouTube), and every"
                        + " browser in the meeting would then load them. Run OwnMeet again to switch that off.",
                        String.join("; ", sharedVideo));
            }
        } catch (IOException | IllegalArgumentException e) {
            return CheckResult.failed(id(), "The meeting page's settings (config.js) do not run, so browsers cannot start "
                    + "meetings.", e.getMessage());
        }
        for (Map.Entry<String, FileSnapshot> file : session.files().read(COMPONENT_FILES).entrySet()) {
            if (file.getValue().exists()) {
                found.put(file.getKey(), ThirdPartyHosts.in(values(file.getKey(), file.getValue().text()), domain));
            }
        }
        found.values().removeIf(Set::isEmpty);
        if (found.isEmpty()) {
            return CheckResult.passed(id());
        }
        List<String> places = new ArrayList<>();
        found.forEach((where, hosts) -> places.add(String.join(", ", hosts) + " (in " + where + ")"));
        return CheckResult.failed(id(), "Meetings still contact other servers: " + String.join("; ", places)
                + ". Run OwnMeet again to switch that off.", "third-party hosts: " + found);
    }

    private static List<String> values(String path, String text) {
        return path.endsWith(".properties") ? propertyValues(text) : hoconStrings(text);
    }

    static List<String> jsonStrings(String json) {
        List<String> strings = new ArrayList<>();
        try {
            collect(new ObjectMapper().readTree(json), strings);
        } catch (IOException e) {
            throw new IllegalArgumentException("config.js gives no readable settings", e);
        }
        return strings;
    }

    private static void collect(JsonNode node, List<String> strings) {
        if (node.isTextual()) {
            strings.add(node.asText());
        }
        node.forEach(child -> collect(child, strings));
    }

    static List<String> hoconStrings(String text) {
        List<String> strings = new ArrayList<>();
        try {
            var config = ConfigFactory.parseString(text).resolve(ConfigResolveOptions.defaults().setAllowUnresolved(true)
                    .setUseSystemEnvironment(false));
            collect(config.root(), strings);
        } catch (ConfigException e) {
            // a file that does not parse names no host as far as this check can tell; jicofo and the bridge would not start
            strings.add(text);
        }
        return strings;
    }

    private static void collect(ConfigValue value, List<String> strings) {
        if (value.valueType() == ConfigValueType.STRING) {
            strings.add((String) value.unwrapped());
        } else if (value instanceof com.typesafe.config.ConfigObject object) {
            object.values().forEach(child -> collect(child, strings));
        } else if (value instanceof com.typesafe.config.ConfigList list) {
            list.forEach(child -> collect(child, strings));
        }
    }

    private static List<String> propertyValues(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            return List.of(text);
        }
        return properties.values().stream().map(String::valueOf).toList();
    }
}
