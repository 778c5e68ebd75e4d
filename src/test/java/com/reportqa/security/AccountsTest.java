package com.reportqa.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class AccountsTest {

    final Accounts accounts = new Accounts();

    @Test
    void should_refuse_a_plain_password_in_the_configuration() {
        var settings = new SecuritySettings(false, List.of(new SecuritySettings.Account("editor", "secret123456")),
                List.of());
        assertThatThrownBy(() -> accounts.userDetailsService(settings))
                .hasMessageContaining("hash-password").hasMessageNotContaining("secret123456");
    }

    @Test
    void should_give_editors_both_roles_and_readers_one() {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("long enough password");
        var settings = new SecuritySettings(true, List.of(new SecuritySettings.Account("ed", hash)),
                List.of(new SecuritySettings.Account("rd", hash)));
        var users = accounts.userDetailsService(settings);
        assertThat(users.loadUserByUsername("ed").getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_EDITOR", "ROLE_READER");
        assertThat(users.loadUserByUsername("rd").getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_READER");
        assertThat(accounts.passwordEncoder().matches("long enough password", hash)).isTrue();
    }

    @Test
    void should_refuse_two_accounts_with_one_name() {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("long enough password");
        var settings = new SecuritySettings(false, List.of(new SecuritySettings.Account("x", hash)),
                List.of(new SecuritySettings.Account("x", hash)));
        assertThatThrownBy(() -> accounts.userDetailsService(settings)).hasMessageContaining("unique");
    }
}
