package org.onecard.ledger.verify;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar onecard-server.jar verify [--spring.profiles.active=mariadb]}: checks the
 * books of the configured database, prints what it checked, and exits 0 when they are clean,
 * 1 when they are not. It is run beside a live server (and after a restore), so it starts nothing
 * that listens: no web server, no terminal port, no schedules, no demo data.
 */
public final class VerifyCommand {

    public static final String NAME = "verify";

    private VerifyCommand() {
    }

    public static int run(Class<?> application, String[] args) {
        String[] rest = Stream.concat(Arrays.stream(args).skip(1),
                        Stream.of("--onecard.demo.enabled=false", "--onecard.scheduling.enabled=false",
                                "--onecard.terminal.enabled=false"))
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(rest)) {
            VerifyReport report = context.getBean(LedgerVerifier.class).verify().block(Duration.ofMinutes(30));
            System.out.print(report.toText());
            return report.clean() ? 0 : 1;
        }
    }
}
