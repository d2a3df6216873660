package io.stepline.connector.collect;

import java.net.http.HttpHeaders;

/** A successful answer: status, headers, the body's bytes and the URL it came from (secrets masked). */
record Response(int status, HttpHeaders headers, byte[] body, String shownUrl) {
}
