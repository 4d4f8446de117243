package org.onecard.people.domain;

/** A group (分组) of people, with how many people are in it (active or resigned). */
public record Group(long id, String name, long peopleCount) {

    public static final int MAX_NAME = 50;
}
