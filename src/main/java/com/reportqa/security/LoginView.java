package com.reportqa.security;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** The login page for editors (and readers when asking requires a login), posting to Spring Security. */
@Route("login")
@PageTitle("登录 · 法治报告问答")
class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    LoginView(EditorAccess access) {
        addClassName("rq-login");
        form.setAction("login");
        form.setI18n(chinese());
        form.setForgotPasswordButtonVisible(false);
        add(form);
        if (!access.loginAvailable()) {
            add(new Paragraph("尚未配置任何账号：提问无需登录；修改语料请直接编辑语料目录，或由管理员按 SECURITY.md 添加编辑账号。"));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    private static LoginI18n chinese() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle("登录");
        f.setUsername("用户名");
        f.setPassword("密码");
        f.setSubmit("登录");
        f.setForgotPassword("忘记密码");
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle("用户名或密码不正确");
        error.setMessage("请检查后重试。");
        error.setUsername("请输入用户名");
        error.setPassword("请输入密码");
        return i18n;
    }
}
