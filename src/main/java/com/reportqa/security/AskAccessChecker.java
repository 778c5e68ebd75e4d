package com.reportqa.security;

import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;

/**
 * Who may open which view: the login page and error pages always; a view annotated {@code @RolesAllowed}
 * (an editor's page) only with one of its roles; every other view (the chat) by anyone, or only when logged
 * in if asking requires a login. One setting decides, instead of an access annotation on every view.
 */
final class AskAccessChecker implements NavigationAccessChecker {

    private final boolean askRequiresLogin;

    AskAccessChecker(boolean askRequiresLogin) {
        this.askRequiresLogin = askRequiresLogin;
    }

    @Override
    public AccessCheckResult check(NavigationContext context) {
        Class<?> target = context.getNavigationTarget();
        if (context.isErrorHandling() || target == LoginView.class) {
            return context.allow();
        }
        RolesAllowed roles = target.getAnnotation(RolesAllowed.class);
        if (roles != null) {
            return Arrays.stream(roles.value()).anyMatch(context::hasRole) ? context.allow()
                    : context.deny("requires one of the roles " + Arrays.toString(roles.value()));
        }
        if (askRequiresLogin && context.getPrincipal() == null) {
            return context.deny("asking requires a login");
        }
        return context.allow();
    }
}
