package org.ownmeet.steps.privacy;

import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;

/**
 * The days field: arrows (and the Up/Down keys) step through 0 to the engine's limit, and a typed
 * number counts at once, so the sentence under it follows the typing. A number above the limit goes
 * to the profile as typed (the engine's rule says why not) and becomes the limit when the field is left.
 */
final class RetentionSpinner {
    private RetentionSpinner() {
    }

    static Spinner<Integer> create(PrivacyViewModel viewModel) {
        var days = viewModel.retentionDaysProperty();
        IntegerSpinnerValueFactory factory = new IntegerSpinnerValueFactory(0, PrivacyViewModel.MOST_DAYS,
                Math.max(0, Math.min(PrivacyViewModel.MOST_DAYS, days.get())));
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                return text == null || text.isBlank() ? factory.getValue() : Integer.valueOf(text.strip());
            }
        });
        Spinner<Integer> spinner = new Spinner<>(factory);
        spinner.setId("retentionDays");
        spinner.setEditable(true);
        spinner.getEditor().setTextFormatter(new TextFormatter<>(change ->
                change.getControlNewText().matches("\\d{0,3}") ? change : null));
        spinner.getEditor().setText(factory.getConverter().toString(factory.getValue()));

        spinner.valueProperty().addListener((property, before, now) -> {
            if (spinner.getValue() != null) {
                days.set(spinner.getValue());
            }
        });
        spinner.getEditor().textProperty().addListener((property, before, text) -> {
            if (text.isEmpty()) {
                return;
            }
            int typed = Integer.parseInt(text);
            if (typed <= PrivacyViewModel.MOST_DAYS) {
                int caret = spinner.getEditor().getCaretPosition();
                factory.setValue(typed);
                spinner.getEditor().positionCaret(Math.min(caret, spinner.getEditor().getLength()));
            } else {
                days.set(typed);
            }
        });
        days.addListener((property, before, now) -> {
            int value = now.intValue();
            if (value >= 0 && value <= PrivacyViewModel.MOST_DAYS && factory.getValue() != value) {
                factory.setValue(value);
            }
        });
        return spinner;
    }
}
