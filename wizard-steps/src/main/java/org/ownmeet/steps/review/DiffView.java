package org.ownmeet.steps.review;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** A change's detail in monospace: added lines green, removed red, the {@code @@} positions muted (the theme's colours). */
final class DiffView {
    private static final double LINE_HEIGHT = 15;
    private static final double MAX_HEIGHT = 320;

    private DiffView() {
    }

    static Node create(List<DiffLine> lines, String id) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("diff-text");
        for (int i = 0; i < lines.size(); i++) {
            DiffLine line = lines.get(i);
            Text text = new Text(i < lines.size() - 1 ? line.text() + "\n" : line.text());
            text.getStyleClass().addAll("diff-line", "diff-" + line.kind().name().toLowerCase());
            flow.getChildren().add(text);
        }
        ScrollPane scroll = new ScrollPane(flow);
        scroll.setId(id);
        scroll.getStyleClass().add("diff-view");
        scroll.setPrefViewportHeight(Math.min(MAX_HEIGHT, lines.size() * LINE_HEIGHT + 8));
        // long lines scroll inside the diff; they must not widen the page past the window
        scroll.setPrefViewportWidth(200);
        scroll.setMinWidth(0);
        scroll.setMaxWidth(Double.MAX_VALUE);
        scroll.setFocusTraversable(true);
        scroll.setAccessibleText(String.join("\n", lines.stream().map(DiffLine::text).toList()));
        return scroll;
    }
}
