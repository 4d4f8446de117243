package org.onecard.identity.matrix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** openapi/permissions.md: the matrix as operators read it, which role may do what. */
final class PermissionTable {

    static final Path FILE = Path.of("../openapi/permissions.md");

    private PermissionTable() {
    }

    static String render(Collection<MatrixFile.Row> rows, Map<String, Set<String>> roles) {
        List<String> out = new ArrayList<>();
        out.add("# Who may call what");
        out.add("");
        out.add("Generated from `backend/src/test/resources/permission-matrix.csv` by `PermissionMatrixTests`,");
        out.add("which calls every endpoint as every role (and as an operator with no permission, a disabled");
        out.add("operator, a cardholder, a site, no one, an expired and a forged token) and fails when the");
        out.add("server or this page disagrees with the matrix. Regenerate with `make permission-matrix`.");
        out.add("Operators' roles are data: a custom role gets what its permissions say.");
        out.add("");
        out.add("## The standard roles' permissions");
        out.add("");
        out.add("| Role | Permissions |");
        out.add("|---|---|");
        roles.forEach((role, permissions) -> out.add("| " + role + " | " + String.join(", ", permissions) + " |"));
        out.add("");
        out.add("## Endpoints");
        out.add("");
        out.add("✓ may call it. Public endpoints are open to everyone; site-exchange ones to a site signing with its");
        out.add("secret; `/api/h5/**` to a signed-in cardholder only.");
        out.add("");
        StringBuilder header = new StringBuilder("| Method | Path | Who | Permission |");
        StringBuilder rule = new StringBuilder("|---|---|---|---|");
        roles.keySet().forEach(role -> {
            header.append(' ').append(role).append(" |");
            rule.append(":-:|");
        });
        out.add(header + " Note |");
        out.add(rule + "---|");
        for (MatrixFile.Row row : rows) {
            StringBuilder line = new StringBuilder("| " + row.method() + " | `" + row.path() + "` | "
                    + row.access().kind().name().toLowerCase() + " | " + row.access().permission().replace("|", " or ")
                    .replace("&", " and ") + " |");
            roles.values().forEach(permissions -> line.append(' ')
                    .append(row.access().kind() == Access.Kind.PUBLIC || row.access().kind() == Access.Kind.OPERATOR
                            && row.access().grants(permissions) ? "✓" : "").append(" |"));
            out.add(line + " " + row.note() + " |");
        }
        return String.join("\n", out) + "\n";
    }
}
