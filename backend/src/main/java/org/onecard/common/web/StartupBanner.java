package org.onecard.common.web;

import org.onecard.common.time.CoreProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the person who typed `make run` where everything is and how to sign in. */
@Component
class StartupBanner {

    private final Environment environment;
    private final CoreProperties core;

    StartupBanner(Environment environment, CoreProperties core) {
        this.environment = environment;
        this.core = core;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        String base = "http://localhost:" + web.getWebServer().getPort();
        String database = environment.getProperty("spring.r2dbc.url", "?").replaceAll("//[^@/]*@", "//");
        StringBuilder out = new StringBuilder("\n\n  OneCard is running\n")
                .append("    Admin SPA     ").append(base).append("/admin/\n")
                .append("    Mobile page   ").append(base).append("/h5/\n")
                .append("    API docs      ").append(base).append("/swagger-ui.html   (spec: /v3/api-docs)\n")
                .append("    Database      ").append(database).append('\n')
                .append("    Data folder   ").append(core.dataDir().toAbsolutePath().normalize()).append('\n');
        if (environment.getProperty("onecard.demo.enabled", Boolean.class, false)) {
            out.append("  Demo logins\n")
                    .append("    admin SPA     admin / admin123   finance / finance123\n")
                    .append("                  cashier / cashier123, then swipe (type) operator card OP000001\n")
                    .append("    mobile page   employee no 1001 / 123456   (also 1002, 1003)\n");
        }
        System.out.println(out);
    }
}
