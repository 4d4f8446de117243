package org.onecard.people.domain;

public enum Gender {
    MALE,
    FEMALE
}
