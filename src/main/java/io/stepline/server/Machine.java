package io.stepline.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.runtime.MachineIdentity;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A state machine the server offers: from the pipelines directory ({@code directory} set) or
 * created through the API. {@code definition} is its latest text; executions pin their version.
 */
record Machine(String name, String type, String definition, String roleArn, Instant created, Path directory,
        JsonNode defaultInput) {
    static final String ARN_PREFIX = "arn:aws:states:local:000000000000:stateMachine:";
    static final String DEFAULT_ROLE = "arn:aws:iam::000000000000:role/stepline";

    String arn() {
        return MachineIdentity.local(name, "").arn();
    }

    boolean express() {
        return "EXPRESS".equals(type);
    }

    /** The machine name in a state machine ARN (a version or alias suffix is ignored). */
    static String nameOf(String arn) throws AwsError {
        if (arn == null || !arn.startsWith(ARN_PREFIX) || arn.length() == ARN_PREFIX.length()) {
            throw AwsError.invalidArn(arn);
        }
        String rest = arn.substring(ARN_PREFIX.length());
        int colon = rest.indexOf(':');
        return colon < 0 ? rest : rest.substring(0, colon);
    }

    Machine withDefinition(String text, String role, String newType) {
        return new Machine(name, newType == null ? type : newType, text, role == null ? roleArn : role, created,
                directory, defaultInput);
    }
}
