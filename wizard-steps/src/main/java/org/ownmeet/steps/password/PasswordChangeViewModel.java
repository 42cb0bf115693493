package org.ownmeet.steps.password;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.ownmeet.installers.password.PasswordChangeForm;
import org.ownmeet.installers.password.problem.WeakNewPasswordProblem;
import org.ownmeet.installers.profile.validation.FieldError;
import org.ownmeet.installers.secret.Secret;
import org.ownmeet.installers.web.HttpsServer;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.work.EngineWork;

/**
 * A host changes their own password: the form judged by the engine's rules as it is typed (an error
 * shows once its field was used, the new password's strength at once), Change in the background, and
 * what came of it in plain words. The passwords become {@link Secret}s only for the change and are
 * wiped after it; the fields are emptied once it worked.
 */
public final class PasswordChangeViewModel {
    static final List<String> FIELDS = List.of(PasswordChangeForm.DOMAIN, PasswordChangeForm.USER, PasswordChangeForm.CURRENT,
            PasswordChangeForm.NEW, PasswordChangeForm.REPEAT);
    private final Texts texts;
    private final EngineWork work;
    private final Function<String, HttpsServer> servers;
    private final PasswordChanger changer;
    private final StringProperty domain = new SimpleStringProperty(this, "domain", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty current = new SimpleStringProperty(this, "current", "");
    private final StringProperty newPassword = new SimpleStringProperty(this, "newPassword", "");
    private final StringProperty repeat = new SimpleStringProperty(this, "repeat", "");
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final Set<String> touched = new HashSet<>();
    private final ReadOnlyIntegerWrapper score = new ReadOnlyIntegerWrapper(this, "score", -1);
    private final ReadOnlyStringWrapper strength = new ReadOnlyStringWrapper(this, "strength", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<ChangeOutcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome", ChangeOutcome.NONE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private PasswordChangeForm.Checked last;
    private boolean showAll;
    private boolean emptying;

    public PasswordChangeViewModel(Texts texts, EngineWork work, Function<String, HttpsServer> servers, PasswordChanger changer) {
        this.texts = texts;
        this.work = work;
        this.servers = servers;
        this.changer = changer;
        FIELDS.forEach(field -> errors.put(field, new ReadOnlyStringWrapper(this, field + "Error", "")));
        follow(domain, PasswordChangeForm.DOMAIN);
        follow(user, PasswordChangeForm.USER);
        follow(current, PasswordChangeForm.CURRENT);
        follow(newPassword, PasswordChangeForm.NEW);
        follow(repeat, PasswordChangeForm.REPEAT);
        revalidate();
    }

    /** Typing in a field shows its error from then on (the new password's strength at once). */
    private void follow(StringProperty field, String path) {
        field.addListener((property, before, now) -> {
            if (!emptying) {
                touched.add(path);
                revalidate();
            }
        });
    }

    /** The user left the field: its error is shown from now on. */
    public void touch(String field) {
        if (touched.add(field)) {
            revalidate();
        }
    }

    private void revalidate() {
        char[] old = current.get().toCharArray();
        char[] next = newPassword.get().toCharArray();
        char[] again = repeat.get().toCharArray();
        try {
            last = PasswordChangeForm.check(domain.get(), user.get(), old, next, again);
        } finally {
            Arrays.fill(old, '\0');
            Arrays.fill(next, '\0');
            Arrays.fill(again, '\0');
        }
        for (String field : FIELDS) {
            List<FieldError> found = last.errors().stream().filter(error -> error.field().equals(field)).toList();
            boolean shown = showAll || touched.contains(field);
            // the new password's rule says everything it found; other fields their first problem
            List<FieldError> said = field.equals(PasswordChangeForm.NEW) ? found : found.stream().limit(1).toList();
            errors.get(field).set(!shown ? "" : String.join(" ", said.stream().map(texts::field).toList()));
        }
        boolean typed = !newPassword.get().isEmpty();
        score.set(typed ? last.score() : -1);
        strength.set(typed ? texts.get("password.strength." + last.score()) : "");
        valid.set(last.valid());
    }

    /** Changes the password in the background; with an invalid form it only shows every field's error. */
    public void change() {
        if (busy.get()) {
            return;
        }
        showAll = true;
        revalidate();
        if (!last.valid()) {
            return;
        }
        String domainName = last.domain();
        String userName = last.user();
        Secret currentSecret = secret(current.get());
        Secret newSecret = secret(newPassword.get());
        busy.set(true);
        outcome.set(ChangeOutcome.NONE);
        message.set("");
        work.task(() -> {
            changer.change(servers.apply(domainName), userName, currentSecret, newSecret);
            return userName + "@" + domainName;
        }).onSuccess(login -> {
            outcome.set(ChangeOutcome.CHANGED);
            message.set(texts.format("password.changed", login));
            forgetPasswords();
        }).onProblem(problem -> {
            outcome.set(ChangeOutcome.FAILED);
            message.set(texts.problem(problem));
            if (problem instanceof WeakNewPasswordProblem weak) {
                errors.get(PasswordChangeForm.NEW).set(String.join(" ", weak.errors().stream().map(texts::field).toList()));
            }
        }).andFinally(() -> {
            currentSecret.close();
            newSecret.close();
            busy.set(false);
        }).start();
    }

    private static Secret secret(String text) {
        char[] chars = text.toCharArray();
        try {
            return Secret.of(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** After a change the three password fields are emptied, and their errors are not shown until typed in again. */
    private void forgetPasswords() {
        emptying = true;
        current.set("");
        newPassword.set("");
        repeat.set("");
        emptying = false;
        showAll = false;
        touched.removeAll(List.of(PasswordChangeForm.CURRENT, PasswordChangeForm.NEW, PasswordChangeForm.REPEAT));
        revalidate();
    }

    public StringProperty domainProperty() {
        return domain;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    /** The message at a field ({@link PasswordChangeForm}'s field names), empty when none is shown. */
    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.get(field).getReadOnlyProperty();
    }

    /** zxcvbn's score of the new password, 0 to 4; -1 while none is typed. */
    public ReadOnlyIntegerProperty scoreProperty() {
        return score.getReadOnlyProperty();
    }

    /** The score in plain words ("Strong"), empty while no new password is typed. */
    public ReadOnlyStringProperty strengthProperty() {
        return strength.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChangeOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** What came of the last change, in plain words; empty before the first. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
