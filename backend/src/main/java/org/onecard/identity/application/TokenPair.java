package org.onecard.identity.application;

/** What a successful sign-in or refresh hands out. */
public record TokenPair(String accessToken, String refreshToken, long expiresInSeconds) {
}
