package org.onecard.payments.gateway.alipay;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.onecard.payments.gateway.GatewayException;

/**
 * Alipay's daily bill: a zip at a short-lived URL holding two GBK CSV files, the detail
 * (…_业务明细.csv) and the summary (…_业务明细(汇总).csv). We read the detail.
 */
final class AlipayBills {

    static final Charset GBK = Charset.forName("GBK");
    private static final int MAX_BYTES = 20 * 1024 * 1024;

    private AlipayBills() {
    }

    static String download(String url, Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200 || response.body().length > MAX_BYTES) {
            throw new GatewayException("Alipay bill download answered " + response.statusCode());
        }
        return detailOf(response.body());
    }

    static String detailOf(byte[] zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), GBK)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith("_业务明细.csv")) {
                    return new String(in.readNBytes(MAX_BYTES), GBK);
                }
            }
        }
        throw new GatewayException("The Alipay bill has no detail file");
    }
}
