package io.stepline.server;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.MimeMapping;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The UI's files from the classpath folder {@code ui/} (the UI build writes target/classes/ui),
 * at {@code /ui/}. A path that names no file gets {@code index.html} (client-side routing).
 * Read from the classpath only, never from a {@code ui/} folder of the working directory (the
 * UI's sources live there in a checkout). Files are kept in memory once read: the UI is small
 * and does not change while the server runs.
 */
final class ClasspathUi {
    static final String ROOT = "ui/";
    private final String root;
    private final Map<String, Buffer> cache = new ConcurrentHashMap<>();

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
        context.response().putHeader("Content-Type", type == null ? "application/octet-stream" : type)
                .putHeader("Cache-Control", name.startsWith("/assets/") ? "max-age=31536000, immutable" : "no-cache")
                .end(file);
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
