package io.stepline.store;

/** DescribeExecution's statuses, plus PENDING_REDRIVE while a redrive is being set up. */
public enum ExecutionStatus { RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED, PENDING_REDRIVE }
