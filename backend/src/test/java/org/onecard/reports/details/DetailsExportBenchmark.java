package org.onecard.reports.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.onecard.common.outcome.Outcome;
import org.onecard.identity.CurrentUser;
import org.onecard.identity.PrincipalKind;
import org.onecard.reports.details.Details.Selection;
import org.onecard.testing.Logins;
import org.onecard.testing.MariaDbTest;
import org.onecard.identity.Operators;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * `make bench-export`: an .xlsx of 1,000,000 detail rows (a year of them) on a throwaway MariaDB
 * database, written through the same streaming path as GET /api/reports/details.xlsx, in a JVM with a
 * small heap (the Makefile gives -Xmx256m) to show that nothing holds the rows. Also the plans and
 * times of a page with its totals. Not a test (the name matches no Surefire pattern); it fails only
 * when the workbook does not hold every row. Results go to stdout and target/bench-export.txt.
 */
@MariaDbTest
class DetailsExportBenchmark {

    private static final int ROWS = Integer.getInteger("bench.rows", 1_000_000);
    private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
    private static final int DAYS = 366;

    @Autowired
    DatabaseClient db;
    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    Details details;
    @Autowired
    DetailsExport export;
    @Autowired
    DetailsStore store;

    @Test
    void aMillionRowsExported() throws IOException {
        List<String> out = new ArrayList<>();
        out.add("MariaDB " + db.sql("SELECT VERSION() AS v").map(r -> r.get("v", String.class)).one().block()
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        long operator = operators.create("bench", "bench", "secret-pass-1", Set.of("ADMIN"), null).block();
        String admin = Logins.tokenFor(web, "/api/auth/login", Map.of("username", "bench", "password", "secret-pass-1"));
        long merchant = id(post(admin, "/api/merchants", Map.of("name", "bench")));
        long[] outlets = {id(post(admin, "/api/outlets", Map.of("merchantId", merchant, "name", "一食堂", "kind", "CANTEEN"))),
            id(post(admin, "/api/outlets", Map.of("merchantId", merchant, "name", "二食堂", "kind", "CANTEEN")))};
        // a seventh of the generated transfers are reissue transfers, which the report leaves out
        int generated = (int) Math.ceil(ROWS * 7.0 / 6.0);
        long t0 = System.nanoTime();
        DetailsData data = new DetailsData(db, "B", 7_000_000_000L, outlets, operator);
        data.keepExpected = false;
        data.generate(FIRST, DAYS, generated, 1);
        db.sql("ANALYZE TABLE ledger_posting, ledger_transfer, consumption, card_event").fetch().all().blockLast();
        out.add(String.format("generated %d postings (%d shown) in %.1f s", generated, data.shown,
                (System.nanoTime() - t0) / 1e9));
        CurrentUser user = new CurrentUser(PrincipalKind.OPERATOR, operator, "bench", Set.of("ledger:read"), Set.of(),
                Set.of());

        Selection month = selection(FIRST.plusDays(31), FIRST.plusDays(61), null, user);
        plan(out, "plan, one month, every kind", month);
        plan(out, "plan, one month, one person's consumptions", selection(FIRST.plusDays(31), FIRST.plusDays(61),
                data.personIds[0], user));
        for (int days : new int[] {1, 31}) {
            DetailsFilter.Asked asked = new DetailsFilter.Asked(FIRST.plusDays(40), FIRST.plusDays(39 + days), null, null,
                    null, null, null, null, null, null);
            long p0 = System.nanoTime();
            Details.Page page = ((Outcome.Done<Details.Page>) details.page(asked, 500, 50, user).block()).value();
            out.add(String.format("page of 50 at offset 500 with totals, %d day(s), %d rows: %.2f s", days,
                    page.totals().count(), (System.nanoTime() - p0) / 1e9));
        }
        Selection whole = selection(FIRST, FIRST.plusDays(DAYS - 1), null, user);
        long y0 = System.nanoTime();
        store.page(whole.filter(), whole.scope(), 5_000, 50).collectList().block();
        out.add(String.format("page of 50 at offset 5,000 of the whole year, rows only (no totals): %.2f s",
                (System.nanoTime() - y0) / 1e9));
        Selection year = selection(FIRST, FIRST.plusDays(DAYS - 1), null, user);
        long r0 = System.nanoTime();
        long read = details.rows(year).count().block();
        out.add(String.format("read the rows only (no workbook): %d in %.1f s", read, (System.nanoTime() - r0) / 1e9));
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        Path file = Files.createTempFile("bench-details-", ".xlsx");
        long e0 = System.nanoTime();
        try (OutputStream stream = Files.newOutputStream(file)) {
            export.write(year, stream).block();
        }
        double seconds = (System.nanoTime() - e0) / 1e9;
        long bytes = Files.size(file);
        long rows = rowsIn(file);
        Files.delete(file);
        out.add(String.format("export: %d rows in %.1f s = %.0f rows/s, %,d bytes", rows, seconds, rows / seconds, bytes));
        out.add(String.format("peak heap during the export: %.0f MB (sum of the heap pools' peaks, an upper bound);"
                + " largest pool peak %.0f MB", peakHeap(true) / 1e6, peakHeap(false) / 1e6));
        out.forEach(System.out::println);
        Files.write(Path.of("target", "bench-export.txt"), out);
        assertThat(rows).isEqualTo(data.shown);
    }

    private Selection selection(LocalDate from, LocalDate to, Long person, CurrentUser user) {
        DetailsFilter.Asked asked = new DetailsFilter.Asked(from, to, person == null ? null : List.of("CONSUMPTION"),
                null, null, person, null, null, null, null);
        return ((Outcome.Done<Selection>) details.selection(asked, user).block()).value();
    }

    private void plan(List<String> out, String title, Selection s) {
        out.add(title + ":");
        for (Map<String, Object> row : store.explainPage(s.filter(), s.scope()).collectList().block()) {
            out.add(String.format("  %-4s %-5s type=%-7s key=%-32s rows=%s %s", row.get("table"), row.get("id"),
                    row.get("type"), row.get("key"), row.get("rows"), row.get("Extra") == null ? "" : row.get("Extra")));
        }
    }

    /** Data rows of the sheet: the rows between the column titles and the totals, counted without loading them. */
    private static long rowsIn(Path file) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            java.util.zip.ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            AtomicLong rows = new AtomicLong();
            try (java.io.InputStream in = zip.getInputStream(sheet)) {
                byte[] pattern = "<row ".getBytes();
                byte[] buffer = new byte[1 << 16];
                int matched = 0;
                for (int n; (n = in.read(buffer)) > 0; ) {
                    for (int i = 0; i < n; i++) {
                        matched = buffer[i] == pattern[matched] ? matched + 1 : buffer[i] == pattern[0] ? 1 : 0;
                        if (matched == pattern.length) {
                            rows.incrementAndGet();
                            matched = 0;
                        }
                    }
                }
            }
            // organisation, title, range, column titles; totals, prepared by, print date
            return rows.get() - 4 - 3;
        }
    }

    private static long peakHeap(boolean sum) {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).reduce(0, sum ? Long::sum : Math::max);
    }

    private Map<String, Object> post(String token, String uri, Object body) {
        return web.post().uri(uri).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().is2xxSuccessful().expectBody(Map.class).returnResult()
                .getResponseBody();
    }

    private static long id(Map<?, ?> body) {
        return ((Number) body.get("id")).longValue();
    }
}
