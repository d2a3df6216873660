package io.stepline.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

/**
 * Where the server listens, the access token (null for none) and the pipelines directory.
 * Port 0 takes any free port. Read from the {@code server:} section of the configuration
 * ({@code STEPLINE__SERVER__TOKEN} sets the token from the environment).
 */
public record ServerSettings(String bind, int port, String token, Path pipelines) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public ServerSettings {
        bind = bind == null || bind.isBlank() ? LOOPBACK : bind;
        token = token == null || token.isBlank() ? null : token;
        pipelines = pipelines == null ? Path.of("pipelines") : pipelines;
        if (port < 0 || port > 65_535) {
            throw new ServerException("server port " + port + " is not a TCP port (0-65535)");
        }
    }

    /** The {@code server:} section of a configuration, each field overridden when given (non-null). */
    public static ServerSettings fromConfig(JsonNode config, String bind, Integer port, Path pipelines) {
        JsonNode section = config.path("server");
        return new ServerSettings(
                bind != null ? bind : section.path("bind").asText(LOOPBACK),
                port != null ? port : section.path("port").asInt(DEFAULT_PORT),
                section.path("token").asText(null),
                pipelines != null ? pipelines : Path.of(section.path("pipelines").asText("pipelines")));
    }

    /** Loopback on this address, local processes only reach the server. */
    public boolean loopback() {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new ServerException("server bind address '" + bind + "' is not a known host or address");
        }
    }

    /** Refuses to expose the API beyond this machine without a token. */
    void checkSecure() {
        if (!loopback() && token == null) {
            throw new ServerException("refusing to listen on " + bind + " without an access token: anyone who can "
                    + "reach it could start and stop executions. Set server.token in the configuration or "
                    + "STEPLINE__SERVER__TOKEN in the environment, or bind to 127.0.0.1.");
        }
    }

    @Override
    public String toString() {
        // The token is a secret: never printed.
        return "ServerSettings[bind=" + bind + ", port=" + port + ", token=" + (token == null ? "none" : "****")
                + ", pipelines=" + pipelines + "]";
    }
}
