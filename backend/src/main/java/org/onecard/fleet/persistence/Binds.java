package org.onecard.fleet.persistence;

import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/** Binding values that may be null, which R2DBC wants typed. */
final class Binds {

    private Binds() {
    }

    static GenericExecuteSpec text(GenericExecuteSpec spec, String name, String value) {
        return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
    }

    static GenericExecuteSpec id(GenericExecuteSpec spec, String name, Long value) {
        return value == null ? spec.bindNull(name, Long.class) : spec.bind(name, value);
    }
}
