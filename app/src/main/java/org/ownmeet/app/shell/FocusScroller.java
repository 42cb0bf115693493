package org.ownmeet.app.shell;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the field that has the keyboard focus in sight: a step taller than the window scrolls to it,
 * since a ScrollPane does not follow the focus by itself (Tab would otherwise move into hidden fields).
 */
final class FocusScroller {
    private FocusScroller() {
    }

    static void follow(ScrollPane scroll) {
        scroll.sceneProperty().addListener((property, before, scene) -> {
            if (scene != null) {
                watch(scene, scroll);
            }
        });
    }

    private static void watch(Scene scene, ScrollPane scroll) {
        scene.focusOwnerProperty().addListener((property, before, focused) -> {
            if (focused != null && isInside(focused, scroll)) {
                reveal(scroll, focused);
            }
        });
    }

    private static boolean isInside(Node node, ScrollPane scroll) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == scroll.getContent()) {
                return true;
            }
        }
        return false;
    }

    /** Scrolls just enough that the node is wholly visible (or its top is, if it is taller than the view). */
    static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double viewHeight = scroll.getViewportBounds().getHeight();
        double contentHeight = content.getBoundsInLocal().getHeight();
        if (contentHeight <= viewHeight) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewHeight);
        double newTop = top;
        if (inContent.getMinY() < top) {
            newTop = inContent.getMinY() - 12;
        } else if (inContent.getMaxY() > top + viewHeight) {
            newTop = Math.min(inContent.getMinY() - 12, inContent.getMaxY() - viewHeight + 12);
        }
        if (newTop != top) {
            scroll.setVvalue(Math.max(0, Math.min(1, newTop / (contentHeight - viewHeight))));
        }
    }
}
