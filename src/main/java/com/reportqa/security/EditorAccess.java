package com.reportqa.security;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Whether the current user may edit the corpus. UI code asks this before showing or running an upload,
 * delete or re-index action; Vaadin keeps the security context of the UI's session on its threads.
 */
@Component
public class EditorAccess {

    private final SecuritySettings settings;

    EditorAccess(SecuritySettings settings) {
        this.settings = settings;
    }

    /** False when no editor account is configured: then nobody edits over HTTP. */
    public boolean editingEnabled() {
        return settings.editingEnabled();
    }

    /** The current user is logged in with role EDITOR. */
    public boolean isEditor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return settings.editingEnabled() && auth != null && auth.isAuthenticated()
                && auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + Accounts.EDITOR).equals(a.getAuthority()));
    }

    /** The logged-in user's name; empty for an anonymous visitor. */
    public Optional<String> userName() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()
                || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.ofNullable(auth.getName());
    }

    /** Whether the login form is worth showing: some account exists. */
    public boolean loginAvailable() {
        return settings.editingEnabled() || !settings.readers().isEmpty();
    }
}
