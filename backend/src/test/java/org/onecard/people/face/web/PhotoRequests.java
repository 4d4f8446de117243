package org.onecard.people.face.web;

import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;
import org.springframework.web.reactive.function.BodyInserters;

/** Multipart uploads as the admin SPA sends them: each file in a part named {@code file}. */
final class PhotoRequests {

    private final WebTestClient web;
    private final String token;

    PhotoRequests(WebTestClient web, String token) {
        this.web = web;
        this.token = token;
    }

    ResponseSpec put(long personId, byte[] bytes, String fileName, String contentType) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", bytes).filename(fileName).contentType(MediaType.parseMediaType(contentType));
        return web.put().uri("/api/people/" + personId + "/photo").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(body.build()))
                .exchange();
    }

    /** POSTs files to the import: name, content type, bytes, name, content type, bytes, ... */
    ResponseSpec importFiles(Object... files) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        for (int i = 0; i < files.length; i += 3) {
            body.part("file", files[i + 2]).filename((String) files[i])
                    .contentType(MediaType.parseMediaType((String) files[i + 1]));
        }
        return web.post().uri("/api/people/photos/import").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(body.build()))
                .exchange();
    }

    ResponseSpec importZip(byte[] zip) {
        return importFiles("faces.zip", "application/zip", zip);
    }

    ResponseSpec get(long personId) {
        return web.get().uri("/api/people/" + personId + "/photo").headers(h -> h.setBearerAuth(token)).exchange();
    }

    ResponseSpec delete(long personId) {
        return web.delete().uri("/api/people/" + personId + "/photo").headers(h -> h.setBearerAuth(token)).exchange();
    }
}
