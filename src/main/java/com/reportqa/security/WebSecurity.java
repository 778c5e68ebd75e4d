package com.reportqa.security;

import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Security of the Vaadin UI (every path outside {@code /api/**}, which has its own chain in the api
 * package). Vaadin's configurer keeps its CSRF protection and permits its internal requests; which view
 * may be opened is decided by {@link AskAccessChecker}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication
class WebSecurity {

    @Bean
    SecurityFilterChain uiFilterChain(HttpSecurity http, SecuritySettings settings) throws Exception {
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class, "/");
            vaadin.anyRequest(settings.askRequiresLogin() ? url -> url.authenticated() : url -> url.permitAll());
        }).build();
    }

    /**
     * Replaces Vaadin's annotation checker, which would deny every view without an access annotation, by
     * {@link AskAccessChecker}. Static: the configurer is read while the security configuration is built.
     */
    @Bean
    static NavigationAccessControlConfigurer navigationAccessControlConfigurer(SecuritySettings settings) {
        return new NavigationAccessControlConfigurer()
                .withNavigationAccessChecker(new AskAccessChecker(settings.askRequiresLogin()))
                .withLoginView(LoginView.class);
    }
}
