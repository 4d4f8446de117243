package org.onecard.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.onecard.excel.cardcentre.PersonRow;
import org.onecard.excel.cardcentre.PersonSheet;
import org.onecard.excel.report.FileRefusal;
import org.onecard.excel.report.Issue;
import org.onecard.excel.rows.Checked;
import org.onecard.excel.rows.Validation;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.NettyDataBuffer;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Flux;

/** Joining a WebFlux upload body under a hard size limit. */
class UploadBytesTests {

    private final NettyDataBufferFactory buffers = new NettyDataBufferFactory(new UnpooledByteBufAllocator(false));

    @Test
    void joinsABodyArrivingInChunks() {
        byte[] file = TestWorkbook.xlsx().row("工号", "姓名", "部门").row("E001", "张三", "财务部").bytes();

        Upload upload = UploadBytes.join(chunks(file, 100), file.length).block();

        assertThat(upload).isInstanceOf(Upload.Received.class);
        assertThat(((Upload.Received) upload).bytes()).isEqualTo(file);
    }

    @Test
    void refusesABodyOneBytePastTheLimitNamingIt() {
        Upload upload = UploadBytes.join(chunks(new byte[2049], 512), 2048).block();

        assertThat(upload).isInstanceOf(Upload.Refused.class);
        FileRefusal refusal = ((Upload.Refused) upload).refusal();
        assertThat(refusal.issue()).isEqualTo(Issue.FILE_TOO_LARGE);
        assertThat(refusal.messageZh()).isEqualTo("文件超过 2KB 的大小上限");
    }

    @Test
    void stopsReadingTheBodyOncePastTheLimit() {
        AtomicInteger produced = new AtomicInteger();
        Flux<DataBuffer> endless = Flux.range(0, 10_000)
                .map(i -> buffers.wrap(new byte[1024]))
                .doOnNext(b -> produced.incrementAndGet());

        Upload upload = UploadBytes.join(endless, 4096).block();

        assertThat(upload).isInstanceOf(Upload.Refused.class);
        assertThat(produced.get()).isLessThan(100);
    }

    @Test
    void releasesEveryBufferItJoined() {
        List<DataBuffer> sent = new ArrayList<>();
        Flux<DataBuffer> body = chunks(new byte[3000], 1000).doOnNext(sent::add);

        UploadBytes.join(body, 10_000).block();

        assertThat(sent).hasSize(3).allSatisfy(buffer -> assertThat(nettyRefCount(buffer)).isZero());
    }

    @Test
    void releasesTheBuffersTakenBeforeRefusing() {
        List<DataBuffer> sent = new ArrayList<>();
        Flux<DataBuffer> body = chunks(new byte[3000], 1000).doOnNext(sent::add);

        UploadBytes.join(body, 1500).block();

        assertThat(sent).isNotEmpty().allSatisfy(buffer -> assertThat(nettyRefCount(buffer)).isZero());
    }

    @Test
    void givesNoBytesForAnEmptyBodyWhichTheReaderRefuses() {
        ExcelImports imports = new ExcelImports(ExcelProperties.defaults());

        Validation<PersonRow> validation = imports.validate(Flux.empty(), PersonSheet.SPEC, RowCheck.none()).block();

        assertThat(((Validation.FileRefused<PersonRow>) validation).refusal().issue()).isEqualTo(Issue.FILE_EMPTY);
    }

    @Test
    void validatesABodyUnderTheConfiguredFileSize() {
        byte[] file = TestWorkbook.xlsx().row("工号", "姓名", "部门").row("E001", "张三", "财务部").bytes();
        ExcelImports fits = new ExcelImports(properties(file.length));
        ExcelImports tooSmall = new ExcelImports(properties(file.length - 1));

        Validation<PersonRow> read = fits.validate(chunks(file, 64), PersonSheet.SPEC, RowCheck.none()).block();
        Validation<PersonRow> refused = tooSmall.validate(chunks(file, 64), PersonSheet.SPEC, RowCheck.none()).block();

        assertThat(read).isInstanceOf(Checked.class);
        assertThat(((Validation.FileRefused<PersonRow>) refused).refusal().issue()).isEqualTo(Issue.FILE_TOO_LARGE);
    }

    private static ExcelProperties properties(long maxFileBytes) {
        return new ExcelProperties(DataSize.ofBytes(maxFileBytes), 100, DataSize.ofMegabytes(100), 4);
    }

    private Flux<DataBuffer> chunks(byte[] bytes, int size) {
        return Flux.range(0, (bytes.length + size - 1) / size)
                .map(i -> buffers.wrap(Arrays.copyOfRange(bytes, i * size, Math.min(bytes.length, (i + 1) * size))));
    }

    private static int nettyRefCount(DataBuffer buffer) {
        ByteBuf native_ = ((NettyDataBuffer) buffer).getNativeBuffer();
        return native_.refCnt();
    }
}
