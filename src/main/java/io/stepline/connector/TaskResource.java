package io.stepline.connector;

/**
 * A Task state's {@code Resource}, split into the resource proper and its integration pattern
 * suffix ({@code .sync}, {@code .sync:2}, {@code .waitForTaskToken}).
 */
public record TaskResource(String text, String base, IntegrationPattern pattern) {

    public enum IntegrationPattern { REQUEST_RESPONSE, RUN_JOB, WAIT_FOR_TASK_TOKEN }

    public static TaskResource parse(String text) {
        if (text.endsWith(".waitForTaskToken")) {
            return new TaskResource(text, text.substring(0, text.length() - ".waitForTaskToken".length()),
                    IntegrationPattern.WAIT_FOR_TASK_TOKEN);
        }
        int sync = text.lastIndexOf(".sync");
        if (sync > 0 && (sync + 5 == text.length() || text.charAt(sync + 5) == ':')) {
            return new TaskResource(text, text.substring(0, sync), IntegrationPattern.RUN_JOB);
        }
        return new TaskResource(text, text, IntegrationPattern.REQUEST_RESPONSE);
    }

    /**
     * The NAME of a {@code stepline:KIND:NAME} resource, or null when this resource is not of
     * that kind: how a connector recognises its own resources.
     */
    public String steplineName(String kind) {
        String prefix = "stepline:" + kind + ":";
        return base.startsWith(prefix) ? base.substring(prefix.length()) : null;
    }
}
