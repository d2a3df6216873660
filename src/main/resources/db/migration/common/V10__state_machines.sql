-- State machines created through the Step Functions API (CreateStateMachine): what AWS keeps
-- beside the definition, which machine_versions does not hold: the type (STANDARD or EXPRESS),
-- the role, when it was created and, once DeleteStateMachine was called, when it was deleted.
-- A machine with versions but no row here (a pipeline, a file run with `stepline run`) is a
-- STANDARD machine that was never deleted.
CREATE TABLE state_machines (
    machine_name    VARCHAR(256)  NOT NULL,
    machine_type    VARCHAR(16)   NOT NULL,
    role_arn        VARCHAR(2048),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_state_machines PRIMARY KEY (machine_name)
);
