package org.onecard.terminal.offline;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.security.MessageDigest;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.common.time.BusinessClock;
import org.onecard.identity.CurrentUser;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.TerminalDirectory;
import org.onecard.terminal.iso8583.Macs;
import org.onecard.terminal.offline.OfflineFile.Line;
import org.onecard.terminal.offline.OfflineIntake.Taken;
import org.onecard.terminal.offline.OfflineRecord.Source;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Imports a terminal's offline record file (USB stick): the file must read as a whole, name a
 * registered terminal in the operator's outlets and carry that terminal's MAC; then the records
 * are taken by {@link OfflineBatchIntake}, {@value #CHUNK} at a time, exactly as if they had been
 * uploaded, so records the terminal also uploaded (or a file imported twice) are not taken twice.
 */
@Service
public class OfflineFileImport {

    /** Records booked in one transaction: a file of thousands goes in a few commits, each of a sensible size. */
    static final int CHUNK = 500;
    private static final DateTimeFormatter MMDD = DateTimeFormatter.ofPattern("MMdd");
    private static final DateTimeFormatter HHMMSS = DateTimeFormatter.ofPattern("HHmmss");

    /** What became of one line. */
    public record OfflineFileLine(
            @Schema(requiredMode = REQUIRED, description = "1-based, over the whole file") int lineNo,
            @Schema(requiredMode = REQUIRED) String trace,
            @Schema(requiredMode = REQUIRED, description = "field 39 as for a 0230") String responseCode,
            @Schema(requiredMode = REQUIRED, description = "0 booked, else the catalogue code") int resultCode,
            @Schema(description = "the booking, when booked") Long postingId,
            @Schema(requiredMode = REQUIRED) boolean overdrawn) {
    }

    /** The whole file: counts per outcome and every line's result, in file order. */
    public record OfflineFileSummary(
            @Schema(requiredMode = REQUIRED) String terminalCode,
            @Schema(requiredMode = REQUIRED) String batchNo,
            @Schema(requiredMode = REQUIRED) int records,
            @Schema(requiredMode = REQUIRED, description = "booked now or before") long booked,
            @Schema(requiredMode = REQUIRED, description = "kept as rejected (e.g. no such card)") long rejected,
            @Schema(requiredMode = REQUIRED, description = "the key holds other content") long conflicts,
            @Schema(requiredMode = REQUIRED) long overdrawn,
            @Schema(requiredMode = REQUIRED) List<OfflineFileLine> lines) {
    }

    private final TerminalDirectory directory;
    private final OfflineBatchIntake intake;
    private final BusinessClock clock;

    OfflineFileImport(TerminalDirectory directory, OfflineBatchIntake intake, BusinessClock clock) {
        this.directory = directory;
        this.intake = intake;
        this.clock = clock;
    }

    public Mono<OfflineFileSummary> importFile(byte[] bytes, CurrentUser user) {
        OfflineFile file;
        try {
            file = OfflineFile.parse(bytes);
        } catch (OfflineFile.Unreadable e) {
            return Mono.error(new ApiException(ResultCode.OFFLINE_FILE_INVALID, e.getMessage()));
        }
        return directory.byCode(file.terminalCode())
                .switchIfEmpty(Mono.error(() -> new ApiException(ResultCode.OFFLINE_FILE_TERMINAL_UNKNOWN,
                        "No terminal " + file.terminalCode())))
                .flatMap(auth -> take(file, auth, user));
    }

    private Mono<OfflineFileSummary> take(OfflineFile file, TerminalAuth auth, CurrentUser user) {
        if (!user.outletScope().isEmpty() && !user.outletScope().contains(auth.outletId())) {
            return Mono.error(new ApiException(ResultCode.FORBIDDEN, "Terminal " + auth.code()
                    + " belongs to an outlet outside your scope"));
        }
        if (auth.macKey() == null || !MessageDigest.isEqual(Macs.compute(auth.macKey(), file.signed()), file.mac())) {
            return Mono.error(new ApiException(ResultCode.OFFLINE_FILE_MAC_WRONG, "The file's MAC is not terminal "
                    + auth.code() + "'s"));
        }
        List<OfflineRecord> records = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Line line : file.lines()) {
            Optional<OfflineRecord> record = OfflineRecord.of(auth.code(), line.trace(), file.batchNo(),
                    line.credential(), line.amountFen(), MMDD.format(line.at()), HHMMSS.format(line.at()),
                    line.at().toLocalDate(), clock.zone(), Source.FILE);
            record.ifPresentOrElse(records::add, () -> problems.add("line " + line.lineNo()
                    + ": trace must be 6 digits, credential 1-64 characters, amount 1 to 99999999 fen"));
        }
        if (!problems.isEmpty()) {
            return Mono.error(new ApiException(ResultCode.OFFLINE_FILE_INVALID,
                    String.join("; ", problems.subList(0, Math.min(20, problems.size())))));
        }
        return Flux.range(0, (records.size() + CHUNK - 1) / CHUNK)
                .concatMap(c -> {
                    int from = c * CHUNK;
                    return intake.takeAll(records.subList(from, Math.min(records.size(), from + CHUNK)), auth)
                            .flatMapMany(taken -> Flux.range(0, taken.size()).map(j -> {
                                Taken t = taken.get(j);
                                return new OfflineFileLine(file.lines().get(from + j).lineNo(),
                                        records.get(from + j).trace(), t.code().isoResponse(), t.code().code(),
                                        t.postingId(), t.overdrawn());
                            }));
                })
                .collectList()
                .map(lines -> new OfflineFileSummary(auth.code(), file.batchNo(), lines.size(),
                        lines.stream().filter(l -> l.resultCode() == 0).count(),
                        lines.stream().filter(l -> l.resultCode() != 0 && l.resultCode() != 1007).count(),
                        lines.stream().filter(l -> l.resultCode() == 1007).count(),
                        lines.stream().filter(OfflineFileLine::overdrawn).count(), lines));
    }
}
