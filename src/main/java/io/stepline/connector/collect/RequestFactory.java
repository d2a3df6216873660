package io.stepline.connector.collect;

import io.stepline.config.secret.Redactor;
import io.stepline.json.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns page requests of one collection into HTTP requests: the stream's URL, the manifest's and
 * stream's headers and query with {@code {{cursor}}}, {@code {{window.start}}} and
 * {@code {{window.end}}} filled in (a parameter that renders empty is left out), and the
 * credentials (resolved once per collection; an OAuth2 token is added when sending).
 */
final class RequestFactory {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z.]+)\\s*}}");
    private final String method;
    private final String streamUrl;
    /** Parsed once, at the first handed-out URL (next URL, Link header), which is resolved against it. */
    private URI streamUri;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> query = new LinkedHashMap<>();
    private final String body;

    RequestFactory(Manifest manifest, StreamSpec stream, Map<String, String> variables, SecretValues secrets)
            throws HttpFailure {
        this.method = stream.method();
        this.streamUrl = join(manifest.baseUrl(), stream.path());
        String where = manifest.name() + "." + stream.name();
        for (Map<String, String> source : java.util.List.of(manifest.headers(), stream.headers())) {
            for (Map.Entry<String, String> h : source.entrySet()) {
                headers.put(h.getKey(), secrets.resolve(render(h.getValue(), variables), where + ".headers." + h.getKey()));
            }
        }
        for (Map<String, String> source : java.util.List.of(manifest.query(), stream.query())) {
            for (Map.Entry<String, String> q : source.entrySet()) {
                String value = secrets.resolve(render(q.getValue(), variables), where + ".query." + q.getKey());
                if (value.isEmpty()) {
                    query.remove(q.getKey());
                } else {
                    query.put(q.getKey(), value);
                }
            }
        }
        this.body = stream.body() == null ? null : render(Json.write(stream.body()), variables);
        Auth auth = manifest.auth();
        if (auth instanceof Auth.ApiKey key && key.inQuery()) {
            query.put(key.name(), secrets.resolve(key.value(), where + ".auth.value"));
        } else if (auth instanceof Auth.ApiKey key) {
            headers.put(key.name(), secrets.resolve(key.value(), where + ".auth.value"));
        } else if (auth instanceof Auth.Bearer bearer) {
            headers.put("Authorization", "Bearer " + secrets.resolve(bearer.token(), where + ".auth.token"));
        } else if (auth instanceof Auth.Basic basic) {
            String pair = secrets.resolve(basic.username(), where + ".auth.username") + ":"
                    + secrets.resolve(basic.password(), where + ".auth.password");
            String encoded = Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
            Redactor.register(encoded);
            headers.put("Authorization", "Basic " + encoded);
        }
    }

    PageRequest.Built build(PageRequest page) {
        URI uri;
        if (page.url() != null) {
            if (streamUri == null) {
                streamUri = URI.create(streamUrl);
            }
            uri = streamUri.resolve(page.url());
        } else {
            Map<String, String> all = new LinkedHashMap<>(query);
            all.putAll(page.params());
            uri = URI.create(withQuery(streamUrl, all));
        }
        return new PageRequest.Built(method, uri, Redactor.redact(uri.toString()), headers, body);
    }

    /** {@code {{name}}} replaced by the variable's value; an unknown name renders empty. */
    static String render(String text, Map<String, String> variables) {
        if (text == null || !text.contains("{{")) {
            return text;
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(variables.getOrDefault(matcher.group(1), "")));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String join(String base, String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return path;
        }
        return base.replaceAll("/+$", "") + (path.startsWith("/") ? path : "/" + path);
    }

    private static String withQuery(String url, Map<String, String> params) {
        if (params.isEmpty()) {
            return url;
        }
        StringBuilder out = new StringBuilder(url).append(url.contains("?") ? '&' : '?');
        params.forEach((k, v) -> out.append(encode(k)).append('=').append(encode(v)).append('&'));
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
