package org.onecard.people.face;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on face-photo uploads ({@code onecard.faces.*}). The 50 KB per photo is a business rule
 * (DOMAIN.md), not a setting.
 *
 * @param maxImportSize  the largest batch import (a ZIP, or all images together); a larger one is not read
 * @param maxImportFiles the most photos (ZIP entries or files) one import may hold
 */
@ConfigurationProperties("onecard.faces")
public record FaceProperties(
        @DefaultValue("20MB") DataSize maxImportSize,
        @DefaultValue("5000") int maxImportFiles) {

    public FaceProperties {
        if (maxImportSize.toBytes() < 1 || maxImportSize.toMegabytes() > 200) {
            throw new IllegalArgumentException("onecard.faces.max-import-size must be 1B..200MB");
        }
        if (maxImportFiles < 1 || maxImportFiles > 100_000) {
            throw new IllegalArgumentException("onecard.faces.max-import-files must be 1..100000");
        }
    }
}
