package com.reportqa.api;

import com.reportqa.security.SecuritySettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 of the API as the same JSON errors as every other API error, with a Chinese message. */
@Component
class ApiAuthErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final SecuritySettings settings;
    private final JsonMapper json;

    ApiAuthErrors(SecuritySettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (!settings.editingEnabled() && isEditing(request)) {
            write(response, HttpStatus.FORBIDDEN, noEditors());
        } else {
            write(response, HttpStatus.UNAUTHORIZED, "需要登录：请用 HTTP Basic 提供用户名和密码。");
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, settings.editingEnabled()
                ? "没有权限：修改语料需要编辑（editor）账号。" : noEditors());
    }

    private static String noEditors() {
        return "本服务未配置编辑账号，不能通过网页修改语料；请在语料目录中增删文件，或按 SECURITY.md 添加编辑账号。";
    }

    /** The editing endpoints of {@link ApiSecurity}: POST /api/reports[/reindex], DELETE /api/reports/{id}. */
    private static boolean isEditing(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return switch (request.getMethod()) {
            case "POST" -> path.equals("/api/reports") || path.equals("/api/reports/reindex");
            case "DELETE" -> path.startsWith("/api/reports/");
            default -> false;
        };
    }

    private void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(
                new ApiError(status.value(), status.getReasonPhrase(), message)));
    }
}
