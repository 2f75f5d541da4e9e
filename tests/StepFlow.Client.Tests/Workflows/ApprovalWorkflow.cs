using StepFlow;

namespace StepFlow.Client.Tests.Workflows;

public sealed record Approval(bool Approved, string Reviewer);

/// <summary>Waits for a person: the message carries the task token, the typed callback completes it.</summary>
[StateMachine]
public partial class ApprovalWorkflow
{
    [Task(
        StartAt = true,
        Resource = "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
        Parameters = """{"QueueUrl": "https://sqs.example/approvals", "MessageBody": {"OrderId.$": "$.Id", "TaskToken.$": "$$.Task.Token"}}""",
        OutputType = typeof(Approval),
        End = true)]
    partial void AwaitApproval();
}
