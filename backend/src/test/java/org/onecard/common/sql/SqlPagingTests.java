package org.onecard.common.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlPagingTests {

    @Test
    void sqlServerGetsOffsetFetchAndEveryOtherDatabaseLimitOffset() {
        assertThat(SqlPaging.forDatabase("Microsoft SQL Server")).isEqualTo(SqlPaging.OFFSET_FETCH);
        assertThat(SqlPaging.forDatabase("MySQL")).isEqualTo(SqlPaging.LIMIT_OFFSET);
        assertThat(SqlPaging.forDatabase("MariaDB")).isEqualTo(SqlPaging.LIMIT_OFFSET);
        assertThat(SqlPaging.forDatabase("H2")).isEqualTo(SqlPaging.LIMIT_OFFSET);
        assertThat(SqlPaging.forDatabase(null)).isEqualTo(SqlPaging.LIMIT_OFFSET);
    }

    @Test
    void bothClausesBindTheSameNames() {
        for (SqlPaging paging : SqlPaging.values()) {
            assertThat(paging.clause()).contains(":offset").contains(":limit");
        }
    }
}
