package org.ownmeet.installers.ssh.exec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;


/**
 * A bash script kept as a resource file next to the class that runs it ({@code <package>/<name>.sh}),
 * where ShellCheck reads it (the quick tests run it on every one). Values reach a script as shell
 * variables in upper case set on its first lines, each shell-quoted ({@link #with}, {@link #withList}),
 * never formatted into its text. Text that outlives the script (a file written on the server, a function
 * a timer runs later) takes its values in place of {@code @NAME@}: shell-quoted ({@link #fill}) or, for
 * lines OwnMeet generates from quoted values, as they are ({@link #insert}). Lines that are ShellCheck
 * directives ({@code # shellcheck disable=...}) are left out of the text.
 */
public final class ScriptResource {
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Map<String, String> LOADED = new ConcurrentHashMap<>();

    private final String name;
    private final String body;
    private final List<String> assignments;

    private ScriptResource(String name, String body, List<String> assignments) {
        this.name = name;
        this.body = body;
        this.assignments = assignments;
    }

    /** The script {@code name} in the package of {@code owner}. */
    public static ScriptResource of(Class<?> owner, String name) {
        String path = owner.getPackageName().replace('.', '/') + "/" + name;
        return new ScriptResource(name, LOADED.computeIfAbsent(path, ScriptResource::load), List.of());
    }

    /** The script's text as it is in its file. */
    public static String text(Class<?> owner, String name) {
        return of(owner, name).text();
    }

    /** Sets {@code NAME='value'} before the script. */
    public ScriptResource with(String variable, Object value) {
        return assign(variable + "=" + ShellQuote.quote(String.valueOf(value)));
    }

    /** Sets the array {@code NAME=('a' 'b')} before the script. */
    public ScriptResource withList(String variable, Collection<String> values) {
        return assign(variable + "=(" + String.join(" ", values.stream().map(ShellQuote::quote).toList()) + ")");
    }

    /** Puts the shell-quoted value in place of every {@code @NAME@}. */
    public ScriptResource fill(String placeholder, Object value) {
        return insert(placeholder, ShellQuote.quote(String.valueOf(value)));
    }

    /** Puts {@code code} as it is in place of every {@code @NAME@}: only script lines built from quoted values. */
    public ScriptResource insert(String placeholder, String code) {
        String marker = "@" + checked(placeholder) + "@";
        if (!body.contains(marker)) {
            throw new IllegalArgumentException(name + " has no " + marker);
        }
        return new ScriptResource(name, body.replace(marker, code), assignments);
    }

    /** The assignments, then the script. */
    public String text() {
        if (assignments.isEmpty()) {
            return body;
        }
        return String.join("\n", assignments) + "\n" + body;
    }

    private ScriptResource assign(String assignment) {
        checked(assignment.substring(0, assignment.indexOf('=')));
        List<String> more = new ArrayList<>(assignments);
        more.add(assignment);
        return new ScriptResource(name, body, List.copyOf(more));
    }

    private static String checked(String variable) {
        if (!NAME.matcher(variable).matches()) {
            throw new IllegalArgumentException("a script's value is named in upper case: " + variable);
        }
        return variable;
    }

    private static String load(String path) {
        try (InputStream in = ScriptResource.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no script " + path + " on the class path");
            }
            // ShellCheck's directives are for the check here, not for the server
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^[ \t]*# shellcheck .*\n", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
