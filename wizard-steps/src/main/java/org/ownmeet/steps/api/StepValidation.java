package org.ownmeet.steps.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.ownmeet.installers.profile.validation.FieldError;
import org.ownmeet.installers.profile.validation.FieldWarning;
import org.ownmeet.installers.profile.validation.ProfileValidator;
import org.ownmeet.installers.profile.validation.ValidationResult;
import org.ownmeet.steps.session.WizardSession;

/**
 * A step's fields checked by the engine's own rules ({@link ProfileValidator}, the same the command
 * line and the engine apply): each time the draft changes, the whole profile is checked and the errors
 * and warnings under this step's field paths become the message at each field. There is no second set
 * of rules in the wizard.
 *
 * <p>A field's error is shown once the user has touched it ({@link #touch}), or for all of the step's
 * fields after {@link #showAll}; the step is valid or not from the start, whatever is shown.
 */
public final class StepValidation {
    private final WizardSession session;
    private final Texts texts;
    private final List<String> paths;
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final Map<String, ReadOnlyStringWrapper> warnings = new LinkedHashMap<>();
    private final Set<String> touched = new HashSet<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private boolean showAll;
    private ValidationResult last;

    public StepValidation(WizardSession session, Texts texts, String... paths) {
        this.session = session;
        this.texts = texts;
        this.paths = List.of(paths);
        for (String path : paths) {
            errors.put(path, new ReadOnlyStringWrapper(""));
            warnings.put(path, new ReadOnlyStringWrapper(""));
        }
        session.profileProperty().addListener((property, before, now) -> {
            if (last != null) {
                revalidate();
            }
        });
    }

    /** The first check waits until the step is used, so that building the wizard does not run every rule. */
    private void checkedOnce() {
        if (last == null) {
            revalidate();
        }
    }

    /** Checks the draft again (the profile changed, or something the rules read, such as a file). */
    public void revalidate() {
        last = ProfileValidator.validate(session.profile());
        boolean allValid = true;
        for (String path : paths) {
            List<FieldError> found = last.errorsFor(path);
            allValid &= found.isEmpty();
            errors.get(path).set(found.isEmpty() || !(showAll || touched.contains(path)) ? "" : texts.field(found.get(0)));
            List<FieldWarning> noted = last.warningsFor(path);
            warnings.get(path).set(noted.isEmpty() ? "" : texts.warning(noted.get(0)));
        }
        valid.set(allValid);
    }

    /** The user has edited or left this field: its error is shown from now on. */
    public void touch(String path) {
        if (touched.add(path)) {
            revalidate();
        }
    }

    /** Shows every field's error (the user tried to go on). */
    public void showAll() {
        showAll = true;
        revalidate();
    }

    /** The error at this field in plain words, or empty. */
    public ReadOnlyStringProperty errorProperty(String path) {
        checkedOnce();
        return errors.get(path).getReadOnlyProperty();
    }

    /** A warning at this field (it does not stop the step), or empty. */
    public ReadOnlyStringProperty warningProperty(String path) {
        checkedOnce();
        return warnings.get(path).getReadOnlyProperty();
    }

    /** True when no field of this step has an error. */
    public ReadOnlyBooleanProperty validProperty() {
        checkedOnce();
        return valid.getReadOnlyProperty();
    }

    /** The last result for the whole profile (the normalised values, e.g. the domain in ASCII). */
    public ValidationResult result() {
        checkedOnce();
        return last;
    }
}
