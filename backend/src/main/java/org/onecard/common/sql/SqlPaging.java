package org.onecard.common.sql;

import java.util.Locale;

/**
 * The paging clause for the connected database, binding {@code :offset} and {@code :limit}.
 * OFFSET ... FETCH is standard SQL but MySQL 8 lacks it; SQL Server has nothing else.
 * It must follow an ORDER BY (SQL Server requires one for OFFSET).
 */
public enum SqlPaging {

    LIMIT_OFFSET(" LIMIT :limit OFFSET :offset"),
    OFFSET_FETCH(" OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY");

    private final String clause;

    SqlPaging(String clause) {
        this.clause = clause;
    }

    public String clause() {
        return clause;
    }

    /** From R2DBC's ConnectionFactoryMetadata name: "MySQL" (also MariaDB), "H2", "Microsoft SQL Server". */
    public static SqlPaging forDatabase(String productName) {
        String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        return name.contains("sql server") || name.contains("mssql") ? OFFSET_FETCH : LIMIT_OFFSET;
    }
}
