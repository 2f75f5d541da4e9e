namespace StepFlow.Ports.Tests.Workflows;

/// <summary>
/// Port of step-functions-workflows-collection/quorum-with-parallel-pattern (statemachine/statemachine.asl.json):
/// three processes run in parallel with a timer; the first branch to see a quorum of successes fails on purpose
/// (States.QuorumMet), which stops the other branches and is caught as the success path.
/// </summary>
[StateMachine(Comment = "A state machine that demonstrates how to achieve quorum pattern with a paralel workflow")]
public partial class QuorumWithParallelPatternWorkflow
{
    private const string GetItem = "arn:aws:states:::dynamodb:getItem";
    private const string UpdateItem = "arn:aws:states:::dynamodb:updateItem";
    private const string ExecutionKey = """{ "id": { "S.$": "$$.Execution.Id" } }""";
    private const string ReadExecution = $$"""{ "TableName": "${DDBTable}", "Key": {{ExecutionKey}}, "ConsistentRead": true }""";
    private const string AppendFailed = "SET failed_processes = list_append(failed_processes, :proc)";
    private const string AppendSucceeded = "SET successful_processes = list_append(successful_processes, :proc)";
    private const string InvokeMockProcess = """
        {
          "Payload.$": "$",
          "FunctionName": "arn:aws:lambda:us-east-1:625787456381:function:${LambdaFunctionName}:$LATEST"
        }
        """;
    private const string CountSuccesses = """{ "completed_processes_count.$": "States.ArrayLength($.Item.successful_processes.L)" }""";
    private const string CompletedCount = "$.completed_processes_count";
    private const string Quorum = "$$.Execution.Input.quorum";
    private const string QuorumMet = "States.QuorumMet";
    private const string RanOutOfTime = "States.RanOutOfTime";
    private const string LambdaInvoke = "arn:aws:states:::lambda:invoke";

    [Task(
        Name = "Log execution in DynamoDB",
        StartAt = true,
        Resource = "arn:aws:states:::dynamodb:putItem",
        Parameters = """
        {
          "TableName": "${DDBTable}",
          "Item": {
            "id.$": "$$.Execution.Id",
            "timeout_occurred": { "BOOL": "false" },
            "successful_processes": { "L": [] },
            "failed_processes": { "L": [] }
          }
        }
        """,
        Next = nameof(WaitForQuorum))]
    partial void LogExecution();

    [Parallel(
        Name = "Wait for at least \"quorum\" number processes complete",
        Parameters = """{ "uuid.$": "States.UUID()" }""",
        Branches = new[] { typeof(Process1), typeof(Process2), typeof(Process3), typeof(TimeLimit) },
        Next = nameof(QuorumWasMet))]
    [Catch(QuorumMet, Next = nameof(QuorumWasMet), Comment = "Quorum Met")]
    [Catch(RanOutOfTime, Comment = "Ran out of Time", Next = nameof(TimedOut))]
    partial void WaitForQuorum();

    [Pass(Name = "Next Step When Quorum is met", Next = nameof(ClearTimeout))]
    partial void QuorumWasMet();

    [Task(
        Name = "Update \"Ran Out of time\" to False (if needed)",
        Comment = "There are race conditions when processes finish just at the time of timeout. To ensure the DynamoDB item does not hold contradictory information that Quorum has been met, but that time out has occurred, we are setting the timeout to False, when quorum is met. This step updates the timeout field to false, if it is set to true and number of processes successfully completed meets quorum",
        Resource = UpdateItem,
        Parameters = $$"""
        {
          "TableName": "${DDBTable}",
          "Key": {{ExecutionKey}},
          "UpdateExpression": "SET timeout_occurred = :false_value",
          "ConditionExpression": "(timeout_occurred = :true_value) and (size(successful_processes) >= :quorum_value)",
          "ExpressionAttributeValues": {
            ":false_value": { "BOOL": false },
            ":true_value": { "BOOL": true },
            ":quorum_value": { "N.$": "States.Format('{}',$$.Execution.Input.quorum)" }
          }
        }
        """,
        Next = nameof(GetCompletionStatus))]
    [Catch(
        "DynamoDB.ConditionalCheckFailedException",
        Next = nameof(GetCompletionStatus),
        Comment = "This is the usual scenario. There are race conditions when the timeout could be set to true, but processes might have completed. Hence this update is in place.")]
    partial void ClearTimeout();

    [Task(Name = "Get Process Completion Status", Resource = GetItem, Parameters = ReadExecution, End = true)]
    partial void GetCompletionStatus();

    [Pass(Name = "Next Step if Process Ran out of time", Next = nameof(ClearTimeout))]
    partial void TimedOut();

    // The three process branches are the same workflow over a different process name: the original repeats them.
    [Branch]
    public partial class Process1
    {
        [Task(Name = "Mock Process 1", StartAt = true, Resource = LambdaInvoke, OutputPath = "$.Payload", Parameters = InvokeMockProcess, Next = nameof(RecordSuccess))]
        [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException", IntervalSeconds = 2, MaxAttempts = 6, BackoffRate = 2)]
        [Catch("States.ALL", Next = nameof(RecordFailure), ResultPath = "$.error")]
        partial void MockProcess();

        [Task(Name = "Update Process1 Failure", Resource = UpdateItem, Parameters = $$"""{ "TableName": "${DDBTable}", "Key": {{ExecutionKey}}, "UpdateExpression": "{{AppendFailed}}", "ExpressionAttributeValues": { ":proc": { "L": ["Process1"] } } }""", Next = nameof(GetStatuses))]
        partial void RecordFailure();

        [Task(Name = "Update Process1 Success", Resource = UpdateItem, Parameters = $$"""{ "TableName": "${DDBTable}", "Key": {{ExecutionKey}}, "UpdateExpression": "{{AppendSucceeded}}", "ExpressionAttributeValues": { ":proc": { "L": ["Process1"] } } }""", Next = nameof(GetStatuses))]
        partial void RecordSuccess();

        [Task(Name = "Get Process Completion Statuses1", Resource = GetItem, Parameters = ReadExecution, Next = nameof(CountProcesses))]
        partial void GetStatuses();

        [Pass(Name = "Count Processes 1", Parameters = CountSuccesses, Next = nameof(CheckQuorum))]
        partial void CountProcesses();

        [Choice(Name = "Check If Quorum Met 1", Default = nameof(WaitForOthers))]
        [When(CompletedCount, NumericGreaterThanEqualsPath = Quorum, Next = nameof(StopOnQuorum))]
        partial void CheckQuorum();

        [Pass(Name = "Wait For Other Processes to Complete or For Time out 1", End = true)]
        partial void WaitForOthers();

        [Fail(Name = "Quorum Met (DummyFailure) - 1", Error = QuorumMet, Comment = "This is actually a success criterion.")]
        partial void StopOnQuorum();
    }

    [Branch]
    public partial class Process2
    {
        [Task(Name = "Mock Process 2", StartAt = true, Resource = LambdaInvoke, OutputPath = "$.Payload", Parameters = InvokeMockProcess, Next = nameof(RecordSuccess))]
        [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException", IntervalSeconds = 2, MaxAttempts = 6, BackoffRate = 2)]
        [Catch("States.ALL", Next = nameof(RecordFailure), ResultPath = "$.error")]
        partial void MockProcess();

        [Task(Name = "Update Process2 Failure", Resource = UpdateItem, Parameters = $$"""{ "TableName": "${DDBTable}", "Key": {{ExecutionKey}}, "UpdateExpression": "{{AppendFailed}}", "ExpressionAttributeValues": { ":proc": { "L": ["Process2"] } } }""", Next = nameof(GetStatuses))]
        partial void RecordFailure();

        [Task(Name = "Update Process2 Success", Resource = UpdateItem, Parameters = $$"""{ "TableName": "${DDBTable}", "Key": {{ExecutionKey}}, "UpdateExpression": "{{AppendSucceeded}}", "ExpressionAttributeValues": { ":proc": { "L": ["Process2"] } } }""", Next = nameof(GetStatuses))]
        partial void RecordSuccess();

        [Task(Name = "Get Process Completion Statuses2", Resource = GetItem, Parameters = ReadExecution, Next = nameof(CountProcesses))]
        partial void GetStatuses();

        [Pass(Name = "Count Processes 2", Parameters = CountSuccesses, Next = nameof(CheckQuorum))]
        partial void CountProcesses();

        [Choice(Name = "Check If Quorum Met 2", Default = nameof(WaitForOthers))]
        [When(CompletedCount, NumericGreaterThanEqualsPath = Quorum, Next = nameof(StopOnQuorum))]
        partial void CheckQuorum();

        [Pass(Name = "Wait For Other Processes to Complete or For Time out 2", End = true)]
        partial void WaitForOthers();

        [Fail(Name = "Quorum Met (DummyFailure) - 2", Error = QuorumMet, Comment = "This is actually a success criterion.")]
        partial void StopOnQuorum();
    }

    [Branch]
    public partial class Process3
    {
        [Task(Name = "Mock Process 3", StartAt = true, Resource = LambdaInvoke, OutputPath = "$.Payload", Parameters = InvokeMockProcess, Next = nameof(RecordSuccess))]
        [Retry("Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException", IntervalSeconds = 2, MaxAttempts = 6, BackoffRate = 2)]
        [Catch("States.ALL", Next = nameof(RecordFailure), ResultPath = "$.error")]
        partial void MockProcess();

        [Task(Name = "Update Process3 Failure", Resource = UpdateItem, Parameters = $$"""{ "TableName": "${DDBTable}", "Key": {{ExecutionKey}}, "UpdateExpression": "{{AppendFailed}}", "ExpressionAttributeValues": { ":proc": { "L": ["Process3"] } } }""", Next = nameof(GetStatuses))]
        partial void RecordFailure();

        [Task(Name = "Update Process3 Success", Resource = UpdateItem, Parameters = $$"""{ "TableName": "${DDBTable}", "Key": {{ExecutionKey}}, "UpdateExpression": "{{AppendSucceeded}}", "ExpressionAttributeValues": { ":proc": { "L": ["Process3"] } } }""", Next = nameof(GetStatuses))]
        partial void RecordSuccess();

        [Task(Name = "Get Process Completion Statuses3", Resource = GetItem, Parameters = ReadExecution, Next = nameof(CountProcesses))]
        partial void GetStatuses();

        [Pass(Name = "Count Processes 3", Parameters = CountSuccesses, Next = nameof(CheckQuorum))]
        partial void CountProcesses();

        [Choice(Name = "Check If Quorum Met 3", Default = nameof(WaitForOthers))]
        [When(CompletedCount, NumericGreaterThanEqualsPath = Quorum, Next = nameof(StopOnQuorum))]
        partial void CheckQuorum();

        [Pass(Name = "Wait For Other Processes to Complete or For Time out 3", End = true)]
        partial void WaitForOthers();

        [Fail(Name = "Quorum Met (DummyFailure) - 3", Error = QuorumMet, Comment = "This is actually a success criterion.")]
        partial void StopOnQuorum();
    }

    [Branch]
    public partial class TimeLimit
    {
        [Wait(StartAt = true, Seconds = 5, Next = nameof(RecordTimeout))]
        partial void TimeoutWait();

        [Task(
            Name = "Update Process Ran out of time",
            Resource = UpdateItem,
            Parameters = $$"""
            {
              "TableName": "${DDBTable}",
              "Key": {{ExecutionKey}},
              "UpdateExpression": "SET timeout_occurred = :var",
              "ExpressionAttributeValues": { ":var": { "BOOL": true } }
            }
            """,
            Next = nameof(Expire))]
        partial void RecordTimeout();

        [Fail(Name = "Ran out of Time", Error = RanOutOfTime)]
        partial void Expire();
    }
}
