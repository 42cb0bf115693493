package org.ownmeet.steps.dataprotection;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.ownmeet.installers.profile.DataProtection;
import org.ownmeet.installers.profile.DataProtection.LegalBasis;
import org.ownmeet.installers.profile.DataProtection.ParticipantGroup;
import org.ownmeet.installers.profile.DataProtection.SupervisoryAuthority;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.steps.api.StepValidation;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.organisation.DataProtectionDraft;
import org.ownmeet.steps.session.WizardSession;

/**
 * Who takes part, whether they must, the legal basis of each purpose (as suggested for the kind of
 * organisation chosen on the page before) with its law where one is needed, and the authority to
 * complain to. Each answer goes into the draft; the engine's rules judge it.
 */
public final class DataProtectionViewModel {
    private final WizardSession session;
    private final StepValidation validation;
    private final Map<ParticipantGroup, BooleanProperty> participants = new EnumMap<>(ParticipantGroup.class);
    private final BooleanProperty obligatory = new SimpleBooleanProperty(this, "obligatory");
    private final ObjectProperty<LegalBasis> meetingsBasis = new SimpleObjectProperty<>(this, "meetingsBasis");
    private final ObjectProperty<LegalBasis> securityBasis = new SimpleObjectProperty<>(this, "securityBasis");
    private final ObjectProperty<LegalBasis> accountsBasis = new SimpleObjectProperty<>(this, "accountsBasis");
    private final StringProperty legalProvision = new SimpleStringProperty(this, "legalProvision");
    private final StringProperty authorityName = new SimpleStringProperty(this, "authorityName");
    private final StringProperty authorityAddress = new SimpleStringProperty(this, "authorityAddress");
    private final BooleanBinding lawAsked;
    /** True while the fields are filled from the draft: nothing is written back then. */
    private boolean loading;

    public DataProtectionViewModel(WizardSession session, Texts texts) {
        this.session = session;
        for (ParticipantGroup group : ParticipantGroup.values()) {
            participants.put(group, new SimpleBooleanProperty(this, group.name()));
        }
        load();
        validation = new StepValidation(session, texts, ProfileFields.PARTICIPANTS, ProfileFields.PARTICIPATION_OBLIGATORY,
                ProfileFields.MEETINGS_BASIS, ProfileFields.SECURITY_BASIS, ProfileFields.ACCOUNTS_BASIS, ProfileFields.LEGAL_PROVISION,
                ProfileFields.AUTHORITY_NAME, ProfileFields.AUTHORITY_ADDRESS);
        participants.values().forEach(chosen -> follow(chosen, ProfileFields.PARTICIPANTS, facts -> facts.withParticipants(
                participants.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList())));
        follow(obligatory, ProfileFields.PARTICIPATION_OBLIGATORY, facts -> facts.withParticipationObligatory(obligatory.get()));
        follow(meetingsBasis, ProfileFields.MEETINGS_BASIS, facts -> facts.withMeetingsBasis(meetingsBasis.get()));
        follow(securityBasis, ProfileFields.SECURITY_BASIS, facts -> facts.withSecurityBasis(securityBasis.get()));
        follow(accountsBasis, ProfileFields.ACCOUNTS_BASIS, facts -> facts.withAccountsBasis(accountsBasis.get()));
        follow(legalProvision, ProfileFields.LEGAL_PROVISION,
                facts -> facts.withLegalProvision(DataProtectionDraft.answer(legalProvision.get())));
        follow(authorityName, ProfileFields.AUTHORITY_NAME, facts -> facts.withSupervisoryAuthority(new SupervisoryAuthority(
                DataProtectionDraft.answer(authorityName.get()), facts.supervisoryAuthority().address())));
        follow(authorityAddress, ProfileFields.AUTHORITY_ADDRESS, facts -> facts.withSupervisoryAuthority(new SupervisoryAuthority(
                facts.supervisoryAuthority().name(), DataProtectionDraft.answer(authorityAddress.get()))));
        lawAsked = Bindings.createBooleanBinding(() -> needsLaw(meetingsBasis.get()) || needsLaw(securityBasis.get())
                || needsLaw(accountsBasis.get()), meetingsBasis, securityBasis, accountsBasis);
    }

    /**
     * The page is shown: the fields take the draft's facts anew, since the page before may have changed
     * them (a new kind of organisation brings its own bases), and a draft without facts gets unanswered ones.
     */
    public void begin() {
        DataProtectionDraft.begin(session);
        load();
        validation.revalidate();
    }

    private void load() {
        loading = true;
        DataProtection facts = DataProtectionDraft.of(session);
        participants.forEach((group, chosen) -> chosen.set(facts.participants().contains(group)));
        obligatory.set(facts.participationObligatory());
        meetingsBasis.set(facts.meetingsBasis());
        securityBasis.set(facts.securityBasis());
        accountsBasis.set(facts.accountsBasis());
        legalProvision.set(facts.legalProvision());
        SupervisoryAuthority authority = facts.supervisoryAuthority();
        authorityName.set(authority == null ? null : authority.name());
        authorityAddress.set(authority == null ? null : authority.address());
        loading = false;
    }

    private void follow(Property<?> field, String path, UnaryOperator<DataProtection> change) {
        field.addListener((property, before, now) -> {
            if (!loading) {
                DataProtectionDraft.change(session, change);
                validation.touch(path);
            }
        });
    }

    private static boolean needsLaw(LegalBasis basis) {
        return basis != null && basis.needsLaw();
    }

    public BooleanProperty participantProperty(ParticipantGroup group) {
        return participants.get(group);
    }

    public BooleanProperty obligatoryProperty() {
        return obligatory;
    }

    public ObjectProperty<LegalBasis> meetingsBasisProperty() {
        return meetingsBasis;
    }

    public ObjectProperty<LegalBasis> securityBasisProperty() {
        return securityBasis;
    }

    public ObjectProperty<LegalBasis> accountsBasisProperty() {
        return accountsBasis;
    }

    public StringProperty legalProvisionProperty() {
        return legalProvision;
    }

    /** True when a chosen basis rests on a law (a public task, a legal duty), which the notice must name. */
    public BooleanBinding lawAskedProperty() {
        return lawAsked;
    }

    public StringProperty authorityNameProperty() {
        return authorityName;
    }

    public StringProperty authorityAddressProperty() {
        return authorityAddress;
    }

    public StepValidation validation() {
        return validation;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return validation.validProperty();
    }
}
