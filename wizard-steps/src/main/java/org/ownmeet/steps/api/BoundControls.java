package org.ownmeet.steps.api;

import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Controls the forms share, each bound both ways to a view model's property. */
public final class BoundControls {
    private BoundControls() {
    }

    /** A one-line text field. */
    public static TextField textField(String id, StringProperty value) {
        TextField field = new TextField(value.get());
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** A text area for a postal address (a few lines, wrapped). */
    public static TextArea address(String id, int rows, StringProperty value) {
        TextArea area = new TextArea(value.get());
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(value);
        return area;
    }

    /** A check box with a mnemonic, its state bound both ways. */
    public static CheckBox checkBox(String id, String text, BooleanProperty value) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setMnemonicParsing(true);
        box.selectedProperty().bindBidirectional(value);
        return box;
    }

    /** A drop-down list of {@code values}, each shown by {@code name}, its choice bound both ways. */
    public static <T> ComboBox<T> dropDown(String id, T[] values, Function<T, String> name, ObjectProperty<T> value) {
        ComboBox<T> list = new ComboBox<>();
        list.setId(id);
        list.getItems().setAll(values);
        list.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : name.apply(item);
            }

            @Override
            public T fromString(String text) {
                return list.getItems().stream().filter(item -> name.apply(item).equals(text)).findFirst().orElse(null);
            }
        });
        list.valueProperty().bindBidirectional(value);
        return list;
    }
}
