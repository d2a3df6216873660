package io.stepline.server;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.MimeMapping;
import io.vertx.ext.web.RoutingContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

/**
 * The UI's files from the classpath folder {@code ui/} (the UI build writes target/classes/ui),
 * at {@code /ui/}. A path that names no file gets {@code index.html} (client-side routing).
 * Read from the classpath only, never from a {@code ui/} folder of the working directory (the
 * UI's sources live there in a checkout). Files are kept in memory once read: the UI is small
 * and does not change while the server runs. Text files (the bundles, the page, source maps) go
 * gzipped to clients that accept it, compressed once and kept; files under {@code assets/} are
 * named after their content by the build, so they may be cached for a year.
 */
final class ClasspathUi {
    static final String ROOT = "ui/";
    private final String root;
    private static final int GZIP_MIN_BYTES = 512;
    private final Map<String, Buffer> cache = new ConcurrentHashMap<>();
    private final Map<String, Buffer> gzipped = new ConcurrentHashMap<>();

    /** The UI under classpath folder {@code root} (e.g. {@code ui/}). */
    ClasspathUi(String root) {
        this.root = root;
    }

    void serve(RoutingContext context) {
        String path = context.request().path().substring("/ui".length());
        if (path.isEmpty() || path.equals("/")) {
            path = "/index.html";
        }
        if (path.contains("..")) {
            Http.error(context, 404, "no such file");
            return;
        }
        Buffer file = read(path.substring(1));
        String name = path;
        if (file == null) {
            // Client-side routes (/ui/pipelines/x) and missing assets both get the app's page.
            file = read("index.html");
            name = "/index.html";
        }
        if (file == null) {
            Http.error(context, 404, "the UI is not built into this server (build without -Dui.skip to include it)");
            return;
        }
        String type = MimeMapping.mimeTypeForFilename(name);
        var response = context.response()
                .putHeader("Content-Type", type == null ? "application/octet-stream" : type)
                .putHeader("Cache-Control", name.startsWith("/assets/")
                        ? "public, max-age=31536000, immutable" : "no-cache");
        if (compressible(type, file)) {
            response.putHeader("Vary", "Accept-Encoding");
            if (acceptsGzip(context.request().getHeader("Accept-Encoding"))) {
                final Buffer plain = file;
                response.putHeader("Content-Encoding", "gzip").end(gzipped.computeIfAbsent(name, n -> gzip(plain)));
                return;
            }
        }
        response.end(file);
    }

    private static boolean compressible(String type, Buffer file) {
        return type != null && file.length() >= GZIP_MIN_BYTES && (type.startsWith("text/")
                || type.contains("javascript") || type.contains("json") || type.contains("svg"));
    }

    /** True when the header lists gzip (or *) without {@code q=0}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] fields = part.trim().split(";");
            String coding = fields[0].trim();
            if (coding.equalsIgnoreCase("gzip") || coding.equals("*")) {
                for (int i = 1; i < fields.length; i++) {
                    String parameter = fields[i].replace(" ", "");
                    if (parameter.matches("q=0(\\.0*)?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static Buffer gzip(Buffer plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length() / 3);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(plain.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Buffer.buffer(out.toByteArray());
    }

    private Buffer read(String resource) {
        Buffer cached = cache.get(resource);
        if (cached != null) {
            return cached;
        }
        try (InputStream in = ClasspathUi.class.getClassLoader().getResourceAsStream(root + resource)) {
            if (in == null) {
                return null;
            }
            Buffer buffer = Buffer.buffer(in.readAllBytes());
            cache.put(resource, buffer);
            return buffer;
        } catch (IOException e) {
            return null;
        }
    }
}
