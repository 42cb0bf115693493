package org.ownmeet.installers.engine;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import org.ownmeet.installers.ssh.exec.ShellQuote;
import org.ownmeet.installers.ssh.files.FileSnapshot;
import org.ownmeet.installers.ssh.files.FileWrite;

/**
 * Settings in one of the packages' HOCON files ({@code jicofo.conf}, {@code jvb.conf}), made the way
 * the packages make them: with the library their {@code hocon} tool is built on, on the server, so
 * comments, order and the rest of the file stay as they are. Whether the file already has the
 * settings is decided here with the reference parser; only when it has not is the file rendered (a
 * follow-up read), so a run with nothing to change reads the server once.
 */
public final class HoconEdit {
    private final String path;
    private final String probeId;
    private final Map<String, ConfigValue> values;
    private final Set<String> removals;

    private HoconEdit(String path, String probeId, Map<String, ConfigValue> values, Set<String> removals) {
        this.path = path;
        this.probeId = probeId;
        this.values = values;
        this.removals = removals;
    }

    /**
     * @param probeId the id of the render probe; unique per installer and file ({@code jvb-conf-logging})
     */
    public static HoconEdit of(String path, String probeId) {
        return new HoconEdit(path, probeId, new LinkedHashMap<>(), new java.util.LinkedHashSet<>());
    }

    /** Sets {@code key} (a dotted path) to a string, number, boolean or a list of them. */
    public HoconEdit set(String key, Object value) {
        values.put(key, ConfigValueFactory.fromAnyRef(value));
        removals.remove(key);
        return this;
    }

    /** Takes {@code key} out of the file, if it is there. */
    public HoconEdit remove(String key) {
        values.remove(key);
        removals.add(key);
        return this;
    }

    public String path() {
        return path;
    }

    /** Whether {@code text} already has every setting (compared as values, not as text). */
    public boolean isApplied(String text) {
        try {
            Config config = ConfigFactory.parseString(text);
            for (Map.Entry<String, ConfigValue> setting : values.entrySet()) {
                if (!config.hasPath(setting.getKey())
                        || !config.getValue(setting.getKey()).unwrapped().equals(setting.getValue().unwrapped())) {
                    return false;
                }
            }
            return removals.stream().noneMatch(config::hasPathOrNull);
        } catch (ConfigException e) {
            return false;
        }
    }

    /** The follow-up read that renders the file, when it exists and lacks a setting; nothing otherwise. */
    public StateRequest followUp(ServerState state) {
        FileSnapshot file = state.file(path);
        if (!file.exists() || isApplied(file.text())) {
            return StateRequest.of(List.of(), List.of());
        }
        return StateRequest.of(List.of(), List.of(new Probe(probeId, renderScript())));
    }

    /**
     * The change that writes the rendered file, or null if the file already has the settings. The
     * file must exist (an installer shows a {@link PendingChange} before its package is installed).
     *
     * @throws UnreadableSettingsProblem if the settings cannot be made in the file (a mistake in it)
     */
    public FileChange change(ServerState state, String why, Set<String> restarts) {
        FileSnapshot file = state.file(path);
        if (isApplied(file.text())) {
            return null;
        }
        String rendered = state.probe(probeId);
        if (!parses(rendered) || !isApplied(rendered)) {
            throw new UnreadableSettingsProblem(path, "setting " + String.join(", ", keys()) + " did not give a valid file"
                    + (parses(file.text()) ? "" : " (the file does not parse as it is)") + ": " + firstError(rendered));
        }
        return FileChange.ifDifferent(why, file, new FileWrite(path, rendered.getBytes(StandardCharsets.UTF_8), null, null, null),
                Validator.NONE, restarts);
    }

    /** The renderer's error without Ruby's source location, or the output's first line. */
    static String firstError(String output) {
        String line = output.lines().filter(l -> l.contains("Error")).findFirst()
                .orElse(output.lines().findFirst().orElse("(no output)"));
        return line.replaceFirst("^.*?in `[^']*': ", "").strip();
    }

    private List<String> keys() {
        List<String> keys = new java.util.ArrayList<>(values.keySet());
        keys.addAll(removals);
        return keys;
    }

    /** A setting whose whole value is an unquoted UUID, as a Ruby pattern (no single quote: it goes into the shell's). */
    static final String UNQUOTED_UUID = "/^([ \\t]*[^\\s=:#\"]+[ \\t]*[=:][ \\t]*)(\\h{8}-\\h{4}-\\h{4}-\\h{4}-\\h{12})[ \\t]*$/";

    /**
     * One Ruby process for all settings; keys and values are arguments, never part of the program.
     * The videobridge package writes its MUC nickname as an unquoted UUID; one that starts like a
     * number with a huge exponent ({@code 5e8210cd-...}) stops the packages' Ruby parser
     * ("Infinity (FloatDomainError)") in about one new install in a hundred, so such values are quoted
     * first (the same string for the videobridge, which reads HOCON with Java).
     */
    String renderScript() {
        StringBuilder arguments = new StringBuilder();
        for (Map.Entry<String, ConfigValue> setting : values.entrySet()) {
            arguments.append(" set ").append(ShellQuote.quote(setting.getKey())).append(' ')
                    .append(ShellQuote.quote(setting.getValue().render(ConfigRenderOptions.concise())));
        }
        for (String key : removals) {
            arguments.append(" remove ").append(ShellQuote.quote(key)).append(" -");
        }
        return "ruby -rhocon/parser/config_document_factory -e '"
                + "text = File.read(ARGV.shift).gsub(" + UNQUOTED_UUID + ") { \"#{$1}\\\"#{$2}\\\"\" }; "
                + "doc = Hocon::Parser::ConfigDocumentFactory.parse_string(text); "
                + "ARGV.each_slice(3) { |op, key, value| doc = op == \"set\" ? doc.set_value(key, value) : doc.remove_value(key) }; "
                + "print doc.render' " + ShellQuote.quote(path) + arguments;
    }

    static boolean parses(String text) {
        try {
            ConfigFactory.parseString(text);
            return true;
        } catch (ConfigException e) {
            return false;
        }
    }
}
