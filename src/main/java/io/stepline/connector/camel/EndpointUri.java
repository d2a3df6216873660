package io.stepline.connector.camel;

import io.stepline.config.secret.SecretException;
import io.stepline.config.secret.Secrets;
import io.stepline.connector.BindingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.camel.util.URISupport;

/**
 * The Camel endpoint URI of a {@code stepline:camel:URI} resource, as written: it may hold secret
 * references ({@code ?sig=${env:SIG}}) that are resolved only when the task runs, so the written
 * form (what the history and messages show) never holds a secret.
 *
 * <p>Camel's own simple-language expressions look alike ({@code fileName=${date:now:yyyyMMdd}},
 * {@code ${file:name.noext}}): only references whose scheme a secret resolver answers are
 * secrets, and {@code ${file:KEY}} is Camel's file language when KEY is one of its names.
 *
 * @param written the URI after {@code stepline:camel:}, references unresolved
 * @param scheme  the Camel component it names ({@code http}, {@code file}, {@code direct}...)
 */
record EndpointUri(String written, String scheme, Secrets secrets) {
    static final String PREFIX = "stepline:camel:";
    private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*");
    /** The names of Camel's file language ({@code ${file:name}}...), which are not secret files. */
    private static final Set<String> CAMEL_FILE_LANGUAGE = Set.of("name", "name.ext", "name.ext.single",
            "name.noext", "name.noext.single", "onlyname", "onlyname.noext", "onlyname.noext.single", "ext",
            "parent", "path", "absolute", "absolute.path", "length", "size", "modified");

    /** The endpoint of a resource, or null when the resource is not a {@code stepline:camel:} one. */
    static EndpointUri of(String resource, Secrets secrets) throws BindingException {
        if (!resource.startsWith(PREFIX)) {
            return null;
        }
        String uri = resource.substring(PREFIX.length());
        int colon = uri.indexOf(':');
        if (colon <= 0 || !SCHEME.matcher(uri.substring(0, colon)).matches()) {
            throw new BindingException("'" + resource + "' names no Camel endpoint: write "
                    + PREFIX + "SCHEME:..., e.g. " + PREFIX + "http://host/path or " + PREFIX + "direct:name");
        }
        return new EndpointUri(uri, uri.substring(0, colon), secrets);
    }

    boolean hasSecrets() {
        return Secrets.references(written).stream().anyMatch(this::isSecret);
    }

    private boolean isSecret(Secrets.Reference reference) {
        return secrets.knows(reference.scheme())
                && !(reference.scheme().equals("file") && CAMEL_FILE_LANGUAGE.contains(reference.key()));
    }

    /**
     * The URI for messages and the history: as written (references, not values), with any
     * password or token written inline masked the way Camel masks them in its own logs.
     */
    String shown() {
        return URISupport.sanitizeUri(written);
    }

    /**
     * The URI Camel runs. Each secret goes in so that Camel reads it back as it was: in the query
     * as a {@code RAW(...)} value (Camel passes it on to an HTTP server encoded, so a value with
     * {@code +}, {@code &} or {@code /} stays one value), elsewhere (user info, path) percent-encoded.
     */
    String resolve() throws SecretException {
        String where = "Resource " + PREFIX + shown();
        int query = written.indexOf('?');
        if (query < 0) {
            return secrets.resolve(written, where, EndpointUri::percentEncode, this::isSecret);
        }
        return secrets.resolve(written.substring(0, query), where, EndpointUri::percentEncode, this::isSecret)
                + secrets.resolve(written.substring(query), where, EndpointUri::raw, this::isSecret);
    }

    private static String percentEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Camel's raw option value: taken as is, not URL-decoded. */
    private static String raw(String value) {
        return value.contains(")") ? "RAW{" + value + "}" : "RAW(" + value + ")";
    }
}
