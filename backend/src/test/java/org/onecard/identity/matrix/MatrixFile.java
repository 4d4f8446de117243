package org.onecard.identity.matrix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * backend/src/test/resources/permission-matrix.csv: one line per endpoint,
 * {@code method,path,access,permission,note}. The reviewer's copy of who may call what; the
 * test holds the code to it in both directions.
 */
final class MatrixFile {

    static final Path CSV = Path.of("src/test/resources/permission-matrix.csv");
    static final String HEADER = "method,path,access,permission,note";

    /** One line: {@code note} explains a rule the code adds beyond the permission (read, not checked). */
    record Row(String method, String path, Access access, String note) {

        String key() {
            return method + " " + path;
        }

        String line() {
            return String.join(",", method, path, access.kind().name(), access.permission(), note);
        }
    }

    private MatrixFile() {
    }

    static Map<String, Row> read() throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(CSV, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.equals(HEADER)) {
                continue;
            }
            String[] cells = line.split(",", 5);
            if (cells.length < 4) {
                throw new IllegalStateException(CSV + ":" + (i + 1) + " needs method,path,access,permission[,note]");
            }
            Row row = new Row(cells[0].strip(), cells[1].strip(),
                    new Access(Access.Kind.valueOf(cells[2].strip()), cells[3]), cells.length == 5 ? cells[4].strip() : "");
            if (rows.put(row.key(), row) != null) {
                throw new IllegalStateException(CSV + ":" + (i + 1) + " repeats " + row.key());
            }
        }
        return rows;
    }

    static void write(List<Row> rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Who may call each HTTP endpoint. PermissionMatrixTests holds the code to this file: every");
        lines.add("# endpoint the server answers must be here, the permission must be the handler's @PreAuthorize,");
        lines.add("# and every principal is tried against every line. access: PUBLIC, OPERATOR, CARDHOLDER, SITE;");
        lines.add("# permission: a|b any of them, a&b all of them, blank any operator. Regenerate (then review the");
        lines.add("# diff) with: make permission-matrix");
        lines.add(HEADER);
        rows.forEach(r -> lines.add(r.line()));
        Files.write(CSV, lines, StandardCharsets.UTF_8);
    }
}
