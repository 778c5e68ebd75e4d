package com.reportqa.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may do what over HTTP. Accounts live in configuration with hashed passwords only; with no editor
 * configured, the corpus cannot be changed over HTTP at all (only in the corpus folder or on the command line).
 *
 * @param askRequiresLogin whether asking (the chat page and the read-only API) needs an account
 * @param editors          accounts with role EDITOR: upload, delete, re-index (and ask)
 * @param readers          accounts that may only ask, for when asking requires a login
 */
@ConfigurationProperties("reportqa.security")
public record SecuritySettings(@DefaultValue("false") boolean askRequiresLogin, @DefaultValue List<Account> editors,
        @DefaultValue List<Account> readers) {

    /**
     * @param username     the login name
     * @param passwordHash a {@code {bcrypt}…} hash as printed by {@code ./report-qa hash-password}
     */
    public record Account(String username, String passwordHash) {
    }

    public SecuritySettings {
        editors = List.copyOf(editors);
        readers = List.copyOf(readers);
    }

    public boolean editingEnabled() {
        return !editors.isEmpty();
    }
}
