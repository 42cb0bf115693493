package org.ownmeet.steps.connection;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.ownmeet.installers.profile.Profile.Server;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.installers.ssh.SshTarget;
import org.ownmeet.steps.api.StepValidation;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.WizardSession;

/**
 * The server's address, SSH port and user: each edit goes into the draft profile and is judged by the
 * engine's own rules. The port is typed as text; only digits are taken, and the field says so.
 */
public final class ServerAddressFields {
    private static final String DIGITS = "\\d{0,5}";
    private final WizardSession session;
    private final Texts texts;
    private final StringProperty host = new SimpleStringProperty(this, "host");
    private final StringProperty port = new SimpleStringProperty(this, "port");
    private final StringProperty user = new SimpleStringProperty(this, "user");
    private final ReadOnlyStringWrapper portNotice = new ReadOnlyStringWrapper(this, "portNotice", "");
    private final StepValidation validation;

    ServerAddressFields(WizardSession session, Texts texts) {
        this.session = session;
        this.texts = texts;
        Server now = session.profile().server();
        if (now != null) {
            host.set(now.host());
            port.set(now.port() > 0 ? Integer.toString(now.port()) : "");
            user.set(now.user());
        }
        validation = new StepValidation(session, texts, ProfileFields.SERVER_HOST, ProfileFields.SERVER_PORT,
                ProfileFields.SERVER_USER);
        host.addListener((property, before, value) -> edited(ProfileFields.SERVER_HOST));
        port.addListener((property, before, value) -> {
            acceptsPort(value == null ? "" : value);
            edited(ProfileFields.SERVER_PORT);
        });
        user.addListener((property, before, value) -> edited(ProfileFields.SERVER_USER));
    }

    /**
     * Whether the port field may hold {@code text} (digits only); when not, the field says why. The
     * view's input filter asks before each change, so a letter never lands in the field.
     */
    public boolean acceptsPort(String text) {
        boolean digits = text.matches(DIGITS);
        portNotice.set(digits ? "" : texts.get("connection.port.digits"));
        return digits;
    }

    private void edited(String path) {
        session.update(profile -> profile.withServer(new Server(blankToNull(host.get()), portNumber(), blankToNull(user.get()))));
        validation.touch(path);
    }

    /** The port typed, or 0 (which the engine's rule calls impossible) when there is no number. */
    int portNumber() {
        String text = port.get();
        return text != null && !text.isEmpty() && text.matches(DIGITS) ? Integer.parseInt(text) : 0;
    }

    /** The address as typed; call only when {@link StepValidation#validProperty() valid}. */
    SshTarget target() {
        return new SshTarget(host.get(), portNumber(), user.get());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty userProperty() {
        return user;
    }

    /** "Only digits" after a rejected keystroke, else empty. */
    public ReadOnlyStringProperty portNoticeProperty() {
        return portNotice.getReadOnlyProperty();
    }

    public StepValidation validation() {
        return validation;
    }
}
