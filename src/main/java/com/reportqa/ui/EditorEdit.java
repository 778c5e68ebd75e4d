package com.reportqa.ui;

import com.reportqa.ingest.EditResult;
import com.reportqa.security.EditorAccess;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Supplier;

/**
 * A corpus edit started from the browser (delete, metadata): one place for the editor check at the moment of
 * the edit and for how its outcome is shown, so no edit control can skip the check or report differently.
 */
final class EditorEdit {

    private EditorEdit() {
    }

    /**
     * @param refused  what the user is told when they are no longer an editor
     * @param resultId the id of the notification that shows the outcome
     */
    static void run(EditorAccess access, Supplier<EditResult> edit, EditResult refused, String resultId,
            Runnable onSuccess) {
        // checked again: the session may have logged out since the control was drawn
        EditResult result = access.isEditor() ? edit.get() : refused;
        Notification n = Notification.show(result.message(), 5000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(result.ok() ? NotificationVariant.SUCCESS : NotificationVariant.ERROR);
        n.setId(resultId);
        if (result.ok()) {
            onSuccess.run();
        }
    }
}
