package io.stepline.runtime;

/** The state machine an execution runs, named as Step Functions names it. */
public record MachineIdentity(String name, String arn, String definitionHash) {

    public static MachineIdentity local(String name, String definitionHash) {
        return new MachineIdentity(name, "arn:aws:states:local:000000000000:stateMachine:" + name, definitionHash);
    }

    /** The ARN of an execution of this machine. */
    public String executionArn(String executionName) {
        return arn.replace(":stateMachine:", ":execution:") + ":" + executionName;
    }
}
