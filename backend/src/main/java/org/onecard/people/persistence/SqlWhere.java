package org.onecard.people.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onecard.people.domain.DepartmentScope;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/**
 * A WHERE clause built from optional filters, with its bind values. LIKE patterns escape with
 * {@code !}, which means the same on MariaDB, H2 and SQL Server (a backslash does not).
 */
public final class SqlWhere {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> binds = new LinkedHashMap<>();

    public SqlWhere and(String condition, String name, Object value) {
        conditions.add(condition);
        binds.put(name, value);
        return this;
    }

    public SqlWhere and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Keeps rows whose department code (column {@code codeColumn}) the scope covers. */
    public SqlWhere within(DepartmentScope scope, String codeColumn) {
        if (scope instanceof DepartmentScope.Within within) {
            if (within.codes().isEmpty()) {
                return and("1 = 0");
            }
            List<String> any = new ArrayList<>();
            for (int i = 0; i < within.codes().size(); i++) {
                any.add(codeColumn + " LIKE :scope" + i + " ESCAPE '!'");
                binds.put("scope" + i, startsWith(within.codes().get(i)));
            }
            conditions.add("(" + String.join(" OR ", any) + ")");
        }
        return this;
    }

    public String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public GenericExecuteSpec bindTo(GenericExecuteSpec spec) {
        GenericExecuteSpec bound = spec;
        for (Map.Entry<String, Object> e : binds.entrySet()) {
            bound = bound.bind(e.getKey(), e.getValue());
        }
        return bound;
    }

    public static String startsWith(String text) {
        return escape(text) + "%";
    }

    public static String contains(String text) {
        return "%" + escape(text) + "%";
    }

    /** SQL Server also treats [ as special in LIKE. */
    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_").replace("[", "![");
    }
}
