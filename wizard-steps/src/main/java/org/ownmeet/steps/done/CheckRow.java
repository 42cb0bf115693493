package org.ownmeet.steps.done;

/**
 * One check as the page shows it.
 *
 * @param title    what was checked, in the wizard's language ("Hosts can log in")
 * @param sentence for a failed check the engine's reason in plain words; empty when it passed
 * @param detail   a line for IT, or empty
 */
public record CheckRow(String id, boolean passed, String title, String sentence, String detail) {
}
