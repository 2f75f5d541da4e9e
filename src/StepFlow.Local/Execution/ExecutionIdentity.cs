namespace StepFlow.Local.Execution;

/// <summary>Names and ARNs of one execution.</summary>
internal sealed record ExecutionIdentity(string ExecutionArn, string Name, string StateMachineArn, string StateMachineName, string RoleArn, bool IsExpress = false);
