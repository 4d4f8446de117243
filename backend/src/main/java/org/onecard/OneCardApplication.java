package org.onecard;

import org.onecard.ledger.verify.VerifyCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class OneCardApplication {

    public static void main(String[] args) {
        if (args.length > 0 && VerifyCommand.NAME.equals(args[0])) {
            System.exit(VerifyCommand.run(OneCardApplication.class, args));
        }
        SpringApplication.run(OneCardApplication.class, args);
    }
}
