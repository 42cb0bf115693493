package org.ownmeet.steps.connection;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;

import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.steps.api.Texts;

/**
 * What the last attempt to connect found, at the field it concerns, with the engine's English detail
 * as one line for IT; where the attempt said nothing, a field shows its own check (the engine's rules).
 */
public final class ConnectionMessages {
    private final Texts texts;
    private final ServerAddressFields address;
    private final Map<ConnectionField, ReadOnlyStringWrapper> said = new EnumMap<>(ConnectionField.class);
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyObjectWrapper<ConnectionField> focus = new ReadOnlyObjectWrapper<>(this, "focus");

    ConnectionMessages(Texts texts, ServerAddressFields address) {
        this.texts = texts;
        this.address = address;
        for (ConnectionField field : ConnectionField.values()) {
            said.put(field, new ReadOnlyStringWrapper(""));
        }
    }

    /** Shows {@code message} at {@code field} (and moves the focus there); {@code forIt} may be empty. */
    void say(ConnectionField field, String message, String forIt) {
        said.get(field).set(message);
        detail.set(forIt == null || forIt.isBlank() ? "" : texts.format("connection.detail", forIt));
        focus(field);
    }

    void focus(ConnectionField field) {
        focus.set(null);
        focus.set(field);
    }

    /** The user changed something: what the last attempt said no longer holds. */
    void forget() {
        said.values().forEach(message -> message.set(""));
        detail.set("");
    }

    /** What the last attempt said at {@code field} alone, without the field's own check. */
    public ReadOnlyStringProperty saidAt(ConnectionField field) {
        return said.get(field).getReadOnlyProperty();
    }

    /** The message at {@code field}: what the last attempt found there, else the field's own check. */
    public ObservableStringValue at(ConnectionField field) {
        ObservableStringValue ownCheck = switch (field) {
            case HOST -> address.validation().errorProperty(ProfileFields.SERVER_HOST);
            case PORT -> Bindings.when(address.portNoticeProperty().isEmpty())
                    .then(address.validation().errorProperty(ProfileFields.SERVER_PORT))
                    .otherwise(address.portNoticeProperty());
            case USER -> address.validation().errorProperty(ProfileFields.SERVER_USER);
            default -> new ReadOnlyStringWrapper("");
        };
        ReadOnlyStringProperty problem = saidAt(field);
        return Bindings.when(problem.isEmpty()).then(ownCheck).otherwise(problem);
    }

    /** The line for IT under the message: the engine's English detail, or empty. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The field that should take the keyboard focus (where a message just appeared). */
    public ReadOnlyObjectProperty<ConnectionField> focusProperty() {
        return focus.getReadOnlyProperty();
    }
}
