package io.stepline.connector.camel;

import io.stepline.connector.BindingException;
import java.util.Map;
import org.apache.camel.CamelContext;

/** Whether the Camel component a URI names can be had, and how to add it when it cannot. */
final class Components {
    /** Schemes served by a component whose artifact is named otherwise (most are camel-SCHEME). */
    private static final Map<String, String> ARTIFACTS = Map.of("https", "http", "ftps", "ftp", "sftp", "ftp");
    /** Where Camel itself looks a component up by scheme. */
    private static final String SERVICES = "META-INF/services/org/apache/camel/component/";

    private Components() {
    }

    /**
     * Checks the component in the engine's context (which also sees components an application
     * registered), or on the classpath when only validating.
     */
    static void require(CamelContext camel, EndpointUri uri) throws BindingException {
        boolean present;
        try {
            present = camel != null ? camel.getComponent(uri.scheme()) != null
                    : Components.class.getClassLoader().getResource(SERVICES + uri.scheme()) != null;
        } catch (RuntimeException e) {
            throw new BindingException("the Camel component '" + uri.scheme() + "' for " + EndpointUri.PREFIX
                    + uri.shown() + " failed to start: " + e.getMessage());
        }
        if (!present) {
            String artifact = "camel-" + ARTIFACTS.getOrDefault(uri.scheme(), uri.scheme());
            throw new BindingException("no Camel component '" + uri.scheme() + "' is on the classpath for "
                    + EndpointUri.PREFIX + uri.shown() + ": add the Maven dependency org.apache.camel:" + artifact
                    + " (its version comes from camel-bom) to pom.xml and rebuild, or put its jars on"
                    + " STEPLINE_CLASSPATH for scripts/stepline (see docs/connectors.md)");
        }
    }
}
