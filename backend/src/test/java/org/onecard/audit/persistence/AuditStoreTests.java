package org.onecard.audit.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditStoreTests {

    @Test
    void clippingKeepsSurrogatePairsWhole() {
        assertThat(AuditStore.clip("ab😀", 3)).isEqualTo("ab");
        assertThat(AuditStore.clip("abc", 3)).isEqualTo("abc");
        assertThat(AuditStore.clip(null, 3)).isNull();
    }
}
