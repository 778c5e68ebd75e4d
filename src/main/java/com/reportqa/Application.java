package com.reportqa;

import com.reportqa.security.PasswordHash;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
@Push
@StyleSheet("styles/report-qa.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        LaunchArguments launch = LaunchArguments.parse(args);
        if (launch.command().equals("hash-password")) {
            // needs no corpus, index or Spring context: it only turns a password into a hash
            System.exit(PasswordHash.run(System.out, System.err));
        }
        SpringApplication app = new SpringApplication(Application.class);
        app.setWebApplicationType(launch.web()
                ? WebApplicationType.SERVLET
                : WebApplicationType.NONE);
        app.addInitializers(ctx -> ctx.getBeanFactory().registerSingleton("launchArguments", launch));
        if (!launch.web()) {
            app.setBannerMode(Banner.Mode.OFF);
            // the command line needs neither a servlet container nor Vaadin
            app.setDefaultProperties(Map.of("spring.autoconfigure.exclude",
                    "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                            + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,"
                            + "com.vaadin.flow.spring.VaadinScopesConfig"));
        }
        var context = app.run(launch.springArgs());
        if (!launch.serves()) {
            System.exit(SpringApplication.exit(context));
        }
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("法治报告问答");
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
