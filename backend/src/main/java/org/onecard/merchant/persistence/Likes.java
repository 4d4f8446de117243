package org.onecard.merchant.persistence;

/** LIKE patterns escaped with {@code !}, which means the same on MariaDB, H2 and SQL Server. */
final class Likes {

    private Likes() {
    }

    static String contains(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_").replace("[", "![") + "%";
    }
}
