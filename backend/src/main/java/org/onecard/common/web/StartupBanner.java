package org.onecard.common.web;

import org.onecard.common.time.CoreProperties;
import org.onecard.terminal.server.TerminalServer;
import org.springframework.beans.factory.ObjectProvider;
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
    private final ObjectProvider<TerminalServer> terminalServer;

    StartupBanner(Environment environment, CoreProperties core, ObjectProvider<TerminalServer> terminalServer) {
        this.environment = environment;
        this.core = core;
        this.terminalServer = terminalServer;
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
                .append(terminals())
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

    /** The ISO 8583 terminal port, when the terminal server runs. */
    private String terminals() {
        TerminalServer server = terminalServer.getIfAvailable();
        return server != null && server.port() > 0
                ? "    Terminals     tcp://localhost:" + server.port() + "   (ISO 8583, openapi/terminal-protocol.md)\n"
                : "";
    }
}
