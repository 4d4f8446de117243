package org.onecard.identity.application;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Set;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A new installation without demo data needs someone to sign in: the first start creates the
 * operator {@code admin}, with ONECARD_ADMIN_PASSWORD if set, else a random password printed
 * once in the log. The demo loader brings its own operators instead.
 */
@Component
@ConditionalOnProperty(name = "onecard.demo.enabled", havingValue = "false", matchIfMissing = true)
@ConditionalOnWebApplication
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final Operators operators;
    private final Environment environment;

    FirstAdministrator(Operators operators, Environment environment) {
        this.operators = operators;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (Boolean.TRUE.equals(operators.anyExist().block(Duration.ofSeconds(30)))) {
            return;
        }
        String given = environment.getProperty("ONECARD_ADMIN_PASSWORD");
        String password = given == null || given.isBlank() ? randomPassword() : given;
        operators.create("admin", "系统管理员", password, Set.of(Roles.ADMIN), null).block(Duration.ofSeconds(30));
        if (given == null || given.isBlank()) {
            log.warn("First start: created operator 'admin' with password '{}'. Sign in and change it.", password);
        } else {
            log.warn("First start: created operator 'admin' with the password from ONECARD_ADMIN_PASSWORD.");
        }
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
