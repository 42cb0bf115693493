package org.ownmeet.installers.engine;

import java.util.List;

import org.ownmeet.installers.problem.Notice;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.verify.ServerCheck;

/**
 * One concern of the server (packages, authentication, host accounts, ...). It says what it needs
 * to read, and from what it read works out the changes that bring the server to what the profile
 * asks. It changes nothing itself: the engine applies its changes, the same way for every installer.
 */
public interface Installer {

    /** A stable name, for the journal and the CLI: {@code packages}, {@code authentication}, ... */
    String id();

    /** What it does, in plain words: "Install Jitsi Meet". */
    String title();

    StateRequest needs(Profile profile);

    /**
     * More to read once the first read is in, only when it shows a need (e.g. rendering a changed
     * file with a tool on the server); a run with nothing to change reads the server once.
     */
    default StateRequest followUp(ServerState state, Profile profile) {
        return StateRequest.of(List.of(), List.of());
    }

    /**
     * What the user should know before going on that is not a change (a server too small for the
     * meetings asked for); shown in the plan and during the run, it never stops a run.
     */
    default List<Notice> warnings(ServerState state, Profile profile) {
        return List.of();
    }

    /**
     * The warnings for a run with these options: the engine asks this one. An installer whose notice the
     * user's choice makes untrue (an upgrade offered that the run now makes) leaves it out here.
     */
    default List<Notice> warnings(ServerState state, Profile profile, ApplyOptions options) {
        return warnings(state, profile);
    }

    /**
     * Work that needs no server, such as loading a document's templates; {@link Engine#prepare} runs it
     * while the connection is being made, so that a run with nothing to change does not wait for it.
     */
    default void prepare(Profile profile) {
    }

    /** The changes from {@code state} to what {@code profile} asks; empty when the server is already so. */
    List<Change> plan(ServerState state, Profile profile, ApplyOptions options);

    /** What the verifier checks on the server for this concern, besides the checks from outside. */
    default List<ServerCheck> checks(Profile profile) {
        return List.of();
    }
}
