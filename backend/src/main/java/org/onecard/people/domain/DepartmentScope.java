package org.onecard.people.domain;

import java.util.List;

/**
 * Which departments an operator may see and change: every one, or the subtrees under the
 * codes of the departments they are scoped to. A scope whose departments no longer exist
 * covers nothing, never everything.
 */
public sealed interface DepartmentScope {

    boolean covers(String orgUnitCode);

    static DepartmentScope everything() {
        return Everything.INSTANCE;
    }

    static DepartmentScope within(List<String> codes) {
        return new Within(codes);
    }

    enum Everything implements DepartmentScope {
        INSTANCE;

        @Override
        public boolean covers(String orgUnitCode) {
            return true;
        }
    }

    /** @param codes the scoped departments' codes; each covers itself and its descendants */
    record Within(List<String> codes) implements DepartmentScope {

        public Within {
            codes = List.copyOf(codes);
        }

        @Override
        public boolean covers(String orgUnitCode) {
            return codes.stream().anyMatch(code -> OrgCodes.isWithin(orgUnitCode, code));
        }
    }
}
