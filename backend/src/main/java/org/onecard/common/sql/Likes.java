package org.onecard.common.sql;

/** LIKE patterns escaped with {@code !}, which means the same on MariaDB, H2 and SQL Server. */
public final class Likes {

    private Likes() {
    }

    public static String contains(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_").replace("[", "![") + "%";
    }
}
