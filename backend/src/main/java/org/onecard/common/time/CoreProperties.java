package org.onecard.common.time;

import java.nio.file.Path;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the server keeps its files and which zone its business day follows. */
@ConfigurationProperties("onecard")
public record CoreProperties(
        @DefaultValue("data") Path dataDir,
        @DefaultValue("Asia/Shanghai") ZoneId timeZone) {
}
