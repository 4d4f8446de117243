package org.onecard.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.onecard.excel.cardcentre.PersonRow;
import org.onecard.excel.cardcentre.PersonSheet;
import org.onecard.excel.report.ImportOutcome;
import org.onecard.excel.report.ImportReport;
import org.onecard.excel.report.Issue;
import org.onecard.excel.report.Reason;
import org.onecard.excel.report.ReportRow;
import org.onecard.excel.report.RowStatus;
import org.onecard.excel.report.Totals;
import org.onecard.excel.rows.Checked;
import org.onecard.excel.rows.RowResult;
import org.onecard.excel.rows.Validation;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The two-phase driver: phase 1 checks every row and changes nothing; phase 2 applies as the policy says. */
class ExcelImportsTests {

    private final ExcelImports imports = new ExcelImports(ExcelProperties.defaults());

    private final byte[] oneBadRow = TestWorkbook.xlsx()
            .row("工号", "姓名", "部门")
            .row("E001", "张三", "财务部")
            .row("E002", "", "财务部")
            .row("E003", "王五", "后勤部")
            .bytes();

    private final byte[] allGood = TestWorkbook.xlsx()
            .row("工号", "姓名", "部门")
            .row("E001", "张三", "财务部")
            .row("E002", "李四", "财务部")
            .bytes();

    @Test
    void appliesOnlyTheAcceptedRowsUnderTheAcceptedRowsPolicy() {
        RecordingApplier applier = new RecordingApplier();

        ImportReport report = imports.apply(checked(oneBadRow), ApplyPolicy.ACCEPTED_ROWS, applier).block();

        assertThat(applier.calls).isEqualTo(1);
        assertThat(applier.rows).extracting(RowResult.Accepted::rowNumber).containsExactly(2, 4);
        assertThat(applier.rows).extracting(row -> row.value().employeeNo()).containsExactly("E001", "E003");
        assertThat(report.outcome()).isEqualTo(ImportOutcome.APPLIED);
        assertThat(report.totals()).isEqualTo(new Totals(3, 2, 1, 2));
        assertThat(report.rows()).extracting(ReportRow::status)
                .containsExactly(RowStatus.ACCEPTED, RowStatus.REFUSED, RowStatus.ACCEPTED);
    }

    @Test
    void appliesNothingUnderAllOrNothingWhenAnyRowIsRefused() {
        RecordingApplier applier = new RecordingApplier();

        ImportReport report = imports.apply(checked(oneBadRow), ApplyPolicy.ALL_OR_NOTHING, applier).block();

        assertThat(applier.calls).isZero();
        assertThat(report.outcome()).isEqualTo(ImportOutcome.NOTHING_APPLIED);
        assertThat(report.totals()).isEqualTo(new Totals(3, 2, 1, 0));
        assertThat(report.refusedRows()).extracting(ReportRow::rowNumber).containsExactly(3);
        assertThat(report.refusedRows().get(0).reasons().get(0).displayZh()).isEqualTo("姓名：不能为空");
    }

    @Test
    void appliesEveryRowUnderAllOrNothingWhenNoneIsRefused() {
        RecordingApplier applier = new RecordingApplier();

        ImportReport report = imports.apply(checked(allGood), ApplyPolicy.ALL_OR_NOTHING, applier).block();

        assertThat(applier.calls).isEqualTo(1);
        assertThat(applier.rows).hasSize(2);
        assertThat(report.outcome()).isEqualTo(ImportOutcome.APPLIED);
        assertThat(report.totals().applied()).isEqualTo(2);
    }

    @Test
    void neverCallsTheApplierWhenNoRowIsAccepted() {
        byte[] nothingGood = TestWorkbook.xlsx().row("工号", "姓名", "部门").row("E001", null, null).bytes();
        RecordingApplier applier = new RecordingApplier();

        ImportReport report = imports.apply(checked(nothingGood), ApplyPolicy.ACCEPTED_ROWS, applier).block();

        assertThat(applier.calls).isZero();
        assertThat(report.outcome()).isEqualTo(ImportOutcome.NOTHING_APPLIED);
    }

    @Test
    void validationAloneIsAPreviewThatAppliesNothing() {
        Checked<PersonRow> checked = checked(oneBadRow);

        assertThat(checked.report(ImportOutcome.VALIDATED).outcome()).isEqualTo(ImportOutcome.VALIDATED);
        assertThat(checked.report(ImportOutcome.VALIDATED).totals().applied()).isZero();
    }

    @Test
    void passesAnApplierFailureOnWithoutAReport() {
        Applier<PersonRow> failing = rows -> Mono.error(new IllegalStateException("database down"));

        StepVerifier.create(imports.apply(checked(allGood), ApplyPolicy.ACCEPTED_ROWS, failing))
                .expectErrorMessage("database down")
                .verify();
    }

    @Test
    void refusesRowsTheCallersLookupRefusesAndKeepsTheRest() {
        RowCheck<PersonRow> knownDepartments = RowCheck.of(row -> row.department().equals("后勤部")
                ? List.of(PersonSheet.DEPARTMENT.header().reason("test.no-department", "部门不存在", "no such department"))
                : List.of());

        Checked<PersonRow> checked = checked(imports.validate(oneBadRow, PersonSheet.SPEC, knownDepartments).block());

        assertThat(checked.accepted()).extracting(RowResult.Accepted::rowNumber).containsExactly(2);
        ReportRow refusedByLookup = checked.report(ImportOutcome.VALIDATED).rows().get(2);
        assertThat(refusedByLookup.reasons()).extracting(Reason::code).containsExactly("test.no-department");
        assertThat(refusedByLookup.reasons().get(0).displayZh()).isEqualTo("部门：部门不存在");
    }

    @Test
    void runsLookupsOnlyForRowsThatParsedAndAreNotDuplicates() {
        byte[] file = TestWorkbook.xlsx().row("工号", "姓名", "部门")
                .row("E001", "张三", "财务部").row("E002", null, "财务部").row("E001", "张三", "财务部").bytes();
        List<String> looked = new ArrayList<>();
        RowCheck<PersonRow> recording = row -> {
            synchronized (looked) {
                looked.add(row.employeeNo());
            }
            return Mono.empty();
        };

        Checked<PersonRow> checked = checked(imports.validate(file, PersonSheet.SPEC, recording).block());

        assertThat(looked).containsExactly("E001");
        assertThat(checked.accepted()).extracting(RowResult.Accepted::rowNumber).containsExactly(2);
    }

    @Test
    void runsNoMoreLookupsAtOnceThanConfigured() {
        ExcelImports twoAtATime = new ExcelImports(new ExcelProperties(
                DataSize.ofMegabytes(5), 20_000, DataSize.ofMegabytes(100), 2));
        TestWorkbook workbook = TestWorkbook.xlsx().row("工号", "姓名", "部门");
        for (int i = 1; i <= 12; i++) {
            workbook.row("E" + i, "张三", "财务部");
        }
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        RowCheck<PersonRow> slow = row -> Mono.delay(Duration.ofMillis(20))
                .thenReturn(List.<Reason>of())
                .doOnSubscribe(s -> most.accumulateAndGet(inFlight.incrementAndGet(), Math::max))
                .doOnTerminate(inFlight::decrementAndGet);

        Checked<PersonRow> checked = checked(twoAtATime.validate(workbook.bytes(), PersonSheet.SPEC, slow).block());

        assertThat(checked.accepted()).hasSize(12);
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void refusesTheWholeFileBeforeAnyLookupWhenItCannotBeRead() {
        AtomicInteger lookups = new AtomicInteger();

        Validation<PersonRow> validation = imports.validate(OddFiles.pdf(), PersonSheet.SPEC, row -> {
            lookups.incrementAndGet();
            return Mono.empty();
        }).block();

        assertThat(validation).isInstanceOf(Validation.FileRefused.class);
        assertThat(((Validation.FileRefused<PersonRow>) validation).refusal().issue()).isEqualTo(Issue.NOT_EXCEL);
        assertThat(lookups).hasValue(0);
    }

    @Test
    void acceptsExactlyTheDefaultRowLimit() {
        Checked<PersonRow> checked = checked(personRows(20_000));

        assertThat(checked.accepted()).hasSize(20_000);
        assertThat(checked.rows().get(19_999).rowNumber()).isEqualTo(20_001);
    }

    @Test
    void refusesOneRowPastTheDefaultLimitNamingIt() {
        Validation<PersonRow> validation = imports.validate(personRows(20_001), PersonSheet.SPEC, RowCheck.none()).block();

        assertThat(validation).isInstanceOf(Validation.FileRefused.class);
        var refusal = ((Validation.FileRefused<PersonRow>) validation).refusal();
        assertThat(refusal.issue()).isEqualTo(Issue.TOO_MANY_ROWS);
        assertThat(refusal.messageZh()).contains("20000");
    }

    private byte[] personRows(int count) {
        TestWorkbook workbook = TestWorkbook.streamingXlsx().row("工号", "姓名", "部门");
        for (int i = 1; i <= count; i++) {
            workbook.row("E" + i, "张三", "财务部");
        }
        return workbook.bytes();
    }

    private Checked<PersonRow> checked(byte[] file) {
        return checked(imports.validate(file, PersonSheet.SPEC, RowCheck.none()).block());
    }

    private Checked<PersonRow> checked(Validation<PersonRow> validation) {
        assertThat(validation).isInstanceOf(Checked.class);
        return (Checked<PersonRow>) validation;
    }

    private static final class RecordingApplier implements Applier<PersonRow> {
        private int calls;
        private List<RowResult.Accepted<PersonRow>> rows = List.of();

        @Override
        public Mono<Void> apply(List<RowResult.Accepted<PersonRow>> accepted) {
            return Mono.fromRunnable(() -> {
                calls++;
                rows = accepted;
            });
        }
    }
}
