package com.reportqa.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The accounts of {@link SecuritySettings}, checked at start-up: a password that is not a {bcrypt} hash
 * stops the server, so a plain password in a configuration file is never accepted.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class Accounts {

    static final String EDITOR = "EDITOR";
    static final String READER = "READER";
    private static final Logger log = LoggerFactory.getLogger(Accounts.class);

    /** {bcrypt} by default; the other ids of Spring's delegating encoder still verify older hashes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Always defined, even empty, so Spring Boot never creates its default user with a logged password. */
    @Bean
    UserDetailsService userDetailsService(SecuritySettings settings) {
        List<UserDetails> users = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (var editor : settings.editors()) {
            users.add(user("editors", editor, names, EDITOR, READER));
        }
        for (var reader : settings.readers()) {
            users.add(user("readers", reader, names, READER));
        }
        log.info("Security: {} editor and {} reader accounts; asking {}; corpus editing over HTTP {}",
                settings.editors().size(), settings.readers().size(),
                settings.askRequiresLogin() ? "requires a login" : "is open",
                settings.editingEnabled() ? "for editors" : "disabled (no editor configured)");
        return new InMemoryUserDetailsManager(users);
    }

    private static UserDetails user(String list, SecuritySettings.Account account, Set<String> names,
            String... roles) {
        String name = account.username() == null ? "" : account.username().strip();
        String hash = account.passwordHash() == null ? "" : account.passwordHash().strip();
        if (name.isEmpty() || !names.add(name)) {
            throw new IllegalStateException("reportqa.security." + list + ": every account needs a unique username");
        }
        if (!hash.startsWith("{bcrypt}$2")) {
            throw new IllegalStateException("reportqa.security." + list + " account '" + name
                    + "': password-hash must be a {bcrypt} hash (run ./report-qa hash-password), never a plain password");
        }
        return User.withUsername(name).password(hash).roles(roles).build();
    }
}
