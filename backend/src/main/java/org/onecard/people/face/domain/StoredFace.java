package org.onecard.people.face.domain;

import java.time.LocalDateTime;

/** A person's face photo as kept: the bytes as uploaded, what the check found, and who set it when (UTC). */
public record StoredFace(long personId, String faceId, String contentType, byte[] bytes, int width, int height,
                         String sha256, LocalDateTime updatedAt, Long updatedBy) {

    public StoredFace {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }
}
