package com.reportqa.api;

import com.reportqa.security.SecuritySettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Who may call which endpoint of {@code /api/**}, checked before the UI's chain. Reading and asking are
 * open unless {@code reportqa.security.ask-requires-login}; changing the corpus needs role EDITOR, and
 * nobody has it when no editor account is configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, SecuritySettings settings, ApiAuthErrors errors)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> {
                    editing(auth.requestMatchers(HttpMethod.POST, "/api/reports", "/api/reports/reindex"), settings);
                    editing(auth.requestMatchers(HttpMethod.DELETE, "/api/reports/**"), settings);
                    editing(auth.requestMatchers(HttpMethod.PUT, "/api/reports/*/metadata"), settings);
                    if (settings.askRequiresLogin()) {
                        auth.anyRequest().authenticated();
                    } else {
                        auth.anyRequest().permitAll();
                    }
                })
                // HTTP Basic on every request and no session: a UI login cookie never authorises an API call
                .httpBasic(basic -> basic.authenticationEntryPoint(errors))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                // CSRF forges requests that ride on credentials the browser adds by itself (cookies). This API
                // accepts only Basic credentials sent explicitly by the client, never a session cookie, and its
                // 401 carries no "WWW-Authenticate: Basic" challenge, so browsers never prompt for and cache
                // Basic credentials either: there is nothing for a forged request to ride on, and a CSRF token
                // would only break curl and scripts. The Vaadin UI keeps Vaadin's CSRF protection.
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors));
        return http.build();
    }

    private static void editing(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl url,
            SecuritySettings settings) {
        if (settings.editingEnabled()) {
            url.hasRole("EDITOR");
        } else {
            url.denyAll();
        }
    }
}
