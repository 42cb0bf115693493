package org.ownmeet.steps.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableStringValue;

import org.ownmeet.installers.engine.ServerFacts;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.Profile.MeetingSize;
import org.ownmeet.installers.profile.ProfileFields;
import org.ownmeet.installers.session.Preflight;
import org.ownmeet.installers.tuning.Requirements;
import org.ownmeet.installers.tuning.SizeTuning;
import org.ownmeet.installers.tuning.TuningTable;
import org.ownmeet.steps.api.StepValidation;
import org.ownmeet.steps.api.Texts;
import org.ownmeet.steps.session.WizardSession;

/**
 * The size of the largest meeting: what OwnMeet tunes for each size ({@link TuningTable}), what the
 * chosen one needs against what the server has (from the preflight), and the engine's own warning
 * ({@link Requirements}) when the server is too small. A small server is a warning, never a stop.
 */
public final class MeetingViewModel {
    private final WizardSession session;
    private final Texts texts;
    private final StepValidation validation;
    private final ObjectProperty<MeetingSize> size = new SimpleObjectProperty<>(this, "size");
    private final ObjectBinding<ServerFit> fit;
    private final StringBinding warning;

    public MeetingViewModel(WizardSession session, Texts texts) {
        this.session = session;
        this.texts = texts;
        MeetingSize start = session.profile().meetingSize();
        size.set(start != null ? start : Profile.newProfile().meetingSize());
        validation = new StepValidation(session, texts, ProfileFields.MEETING_SIZE);
        size.addListener((property, before, now) -> {
            session.update(profile -> profile.withMeetingSize(now));
            validation.touch(ProfileFields.MEETING_SIZE);
        });
        fit = Bindings.createObjectBinding(() -> fit(size.get(), session.preflightProperty().get()), size,
                session.preflightProperty());
        warning = Bindings.createStringBinding(() -> {
            Preflight preflight = session.preflightProperty().get();
            return preflight == null || size.get() == null ? ""
                    : Requirements.notice(facts(preflight), TuningTable.of(size.get())).map(texts::notice).orElse("");
        }, size, session.preflightProperty());
    }

    private static ServerFit fit(MeetingSize size, Preflight preflight) {
        SizeTuning tuning = TuningTable.of(size);
        if (preflight == null) {
            return new ServerFit(tuning.minimumCores(), tuning.minimumMemoryGigabytes(), -1, -1, false, false);
        }
        ServerFacts facts = facts(preflight);
        return new ServerFit(tuning.minimumCores(), tuning.minimumMemoryGigabytes(), preflight.cores(),
                preflight.memoryMegabytes(), Requirements.enoughCores(facts, tuning), Requirements.enoughMemory(facts, tuning));
    }

    private static ServerFacts facts(Preflight preflight) {
        return new ServerFacts(preflight.cores(), preflight.memoryMegabytes(), preflight.addresses(), Set.of());
    }

    /** The sizes in the order offered. */
    public List<MeetingSize> sizes() {
        return List.of(MeetingSize.values());
    }

    public ObjectProperty<MeetingSize> sizeProperty() {
        return size;
    }

    /** The size's name, with a mnemonic ("Up to _10 people"). */
    public String name(MeetingSize meetingSize) {
        return texts.get("meeting.size." + key(meetingSize));
    }

    /** One line of what OwnMeet sets for this size, from the engine's table. */
    public String tunes(MeetingSize meetingSize) {
        SizeTuning tuning = TuningTable.of(meetingSize);
        List<String> parts = new ArrayList<>();
        parts.add(texts.format("meeting.tunes.muted", tuning.startAudioMuted(), tuning.startVideoMuted()));
        parts.add(tuning.channelLastN() < 0 ? texts.get("meeting.tunes.allVideos")
                : texts.format("meeting.tunes.videos", tuning.channelLastN()));
        parts.add(texts.format("meeting.tunes.resolution", tuning.resolution()));
        if (tuning.routeLoudestOnly()) {
            parts.add(texts.get("meeting.tunes.loudest"));
        }
        if (tuning.serviceLimit() > 0) {
            parts.add(texts.get("meeting.tunes.limits"));
        }
        return String.join("; ", parts) + ".";
    }

    /** What the size needs of the server, in one line. */
    public String needs(MeetingSize meetingSize) {
        SizeTuning tuning = TuningTable.of(meetingSize);
        return texts.format("meeting.needs", tuning.minimumCores(), tuning.minimumMemoryGigabytes());
    }

    /** The chosen size's needs against the server's cores and memory. */
    public ObservableObjectValue<ServerFit> fitProperty() {
        return fit;
    }

    /** The engine's warning when the server is smaller than the chosen size needs; empty when it is big enough or not checked. */
    public ObservableStringValue warningProperty() {
        return warning;
    }

    public StepValidation validation() {
        return validation;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return validation.validProperty();
    }

    static String key(MeetingSize meetingSize) {
        return meetingSize.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
