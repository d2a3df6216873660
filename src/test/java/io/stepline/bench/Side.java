package io.stepline.bench;

/** Who runs a workload: the engine, the raw Camel floor, or the Node peer. */
enum Side {
    STEPLINE("stepline"),
    CAMEL("camel"),
    NODE("node");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
