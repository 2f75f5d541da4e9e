namespace StepFlow.Ports.Tests.Workflows;

/// <summary>
/// Port of step-functions-workflows-collection/idempotent-workflow (statemachine/statemachine.asl.json, the CDK
/// output with resolved ARNs; idempotent-workflow-sam is the SAM variant with placeholders): an idempotency record
/// in DynamoDB, locked in a transaction, makes repeated executions with the same key return the first result.
/// </summary>
[StateMachine]
public partial class IdempotentWorkflow
{
    private const string Table = "IdempotentStepfunctionsWorkflowStack-IdempotentStepfunctionsWorkflowIdempotencyTable276F57BD-VXO568YJ8PJ7";
    private const string UpdateItem = "arn:aws:states:::dynamodb:updateItem";
    private const string RecordKey = """{ "id": { "S.$": "$.idempotencyConfig.idempotencyKey" } }""";
    // Records how the workflow ended (status and result) on the idempotency record; the values say which.
    private const string StoreOutcome = $$""" "Key": {{RecordKey}}, "TableName": "{{Table}}", "ExpressionAttributeNames": { "#s": "executionstatus", "#r": "executionresult" }, "UpdateExpression": "SET #s = :s, #r = :r" """;
    private const string Status = "$.idempotencyTable.Item.executionstatus.S";
    private const string ProvisionedThroughputExceeded = "DynamoDb.ProvisionedThroughputExceededException";
    private const string RequestLimitExceeded = "DynamoDb.RequestLimitExceeded";
    private const string Throttled = "DynamoDb.ThrottlingException";
    private const string LambdaService = "Lambda.ServiceException";
    private const string LambdaApi = "Lambda.AWSLambdaException";
    private const string LambdaClient = "Lambda.SdkClientException";

    [Task(
        Name = "Create idempotency settings (key and ttl)",
        StartAt = true,
        Resource = "arn:aws:lambda:eu-central-1:513725428015:function:IdempotentStepfunctionsWo-IdempotentStepfunctionsW-bURHFStl0ZL3",
        ResultPath = "$",
        Next = nameof(LockRecord))]
    [Retry(LambdaService, LambdaApi, LambdaClient, IntervalSeconds = 2, MaxAttempts = 6, BackoffRate = 2)]
    [Retry(LambdaService, LambdaApi, LambdaClient, "Lambda.TooManyRequestsException", IntervalSeconds = 3, MaxAttempts = 10, BackoffRate = 2)]
    partial void CreateSettings();

    // Succeeds only for a new key or a failed previous run; otherwise look at what the other execution did.
    [Task(
        Name = "Create and lock idempotency record",
        Resource = "arn:aws:states:::aws-sdk:dynamodb:transactWriteItems",
        Parameters = $$"""
        {
          "TransactItems": [
            {
              "Update": {
                "ConditionExpression": "attribute_not_exists(#s) or #s = :failed",
                "ExpressionAttributeNames": { "#s": "executionstatus", "#e": "execution", "#st": "starttime", "#ttl": "ttl" },
                "ExpressionAttributeValues": {
                  ":failed": { "S": "FAILED" },
                  ":inprogress": { "S": "IN_PROGRESS" },
                  ":e": { "S.$": "$$.Execution.Id" },
                  ":st": { "S.$": "$$.Execution.StartTime" },
                  ":ttl": { "N.$": "$.idempotencyConfig.ttl" }
                },
                "Key": {{RecordKey}},
                "UpdateExpression": "set #s = :inprogress, #e = :e, #st = :st, #ttl = :ttl",
                "TableName": "{{Table}}"
              }
            }
          ]
        }
        """,
        ResultPath = null,
        Next = nameof(YourWorkflow))]
    [Retry(ProvisionedThroughputExceeded, RequestLimitExceeded, Throttled, IntervalSeconds = 3, MaxAttempts = 10, BackoffRate = 2)]
    [Catch("DynamoDb.TransactionCanceledException", ResultPath = "$.errors.lockItem", Next = nameof(GetRecord))]
    partial void LockRecord();

    [Choice(Name = "Previous or concurrent execution SUCCEEDED, IN_PROGRESS, or FAILED?", Default = nameof(UndefinedState))]
    [When(
        Rule = $$"""{ "And": [{ "Variable": "{{Status}}", "StringEquals": "SUCCEEDED" }, { "Variable": "$.idempotencyTable.Item.executionresult.S", "IsPresent": true }] }""",
        Next = nameof(DeserializePreviousResults))]
    [When(Status, StringEquals = "FAILED", Next = nameof(LockRecord))]
    [When(Status, StringEquals = "IN_PROGRESS", Next = nameof(WaitForOtherExecution))]
    partial void CheckPreviousExecution();

    [Task(
        Name = "Get idempotency record from DynamoDB",
        Resource = "arn:aws:states:::dynamodb:getItem",
        Parameters = $$"""{ "Key": {{RecordKey}}, "TableName": "{{Table}}", "ConsistentRead": false, "ProjectionExpression": "executionstatus,executionresult" }""",
        ResultPath = "$.idempotencyTable",
        Next = nameof(CheckPreviousExecution))]
    [Retry(ProvisionedThroughputExceeded, RequestLimitExceeded, Throttled, IntervalSeconds = 3, MaxAttempts = 10, BackoffRate = 2)]
    partial void GetRecord();

    [Wait(Name = "Still IN_PROGRESS, wait for 10s", Seconds = 10, Next = nameof(GetRecord))]
    partial void WaitForOtherExecution();

    [Fail(
        Name = "Undefined execution state in idempotency record",
        Error = "UndefinedExecutionState",
        Cause = "The idempotency records exists but the executionstatus is neither SUCCEEDED, IN_PROGRESS, or FAILED")]
    partial void UndefinedState();

    [Pass(
        Name = "De-serialize previous results",
        Parameters = """{ "previous_results.$": "States.StringToJson($.idempotencyTable.Item.executionresult.S)" }""",
        OutputPath = "$.previous_results",
        Next = nameof(Success))]
    partial void DeserializePreviousResults();

    [Succeed]
    partial void Success();

    [Task(
        Name = "Save execution results",
        Resource = UpdateItem,
        Parameters = $$"""{ {{StoreOutcome}}, "ExpressionAttributeValues": { ":s": { "S": "SUCCEEDED" }, ":r": { "S.$": "States.JsonToString($.results)" } } }""",
        ResultPath = "$.idempotencyTable.updateResult",
        OutputPath = "$.results",
        Next = nameof(Success))]
    [Retry(ProvisionedThroughputExceeded, RequestLimitExceeded, Throttled, IntervalSeconds = 3, MaxAttempts = 10, BackoffRate = 2)]
    partial void SaveResults();

    [Parallel(
        Name = "Your Workflow",
        Branches = new[] { typeof(ChildWorkflow) },
        ResultSelector = """{ "results.$": "$.[0]" }""",
        OutputPath = "$.results",
        Next = nameof(SaveResults))]
    [Catch("States.ALL", ResultPath = "$.errors.childworkflow", Next = nameof(SaveFailure))]
    partial void YourWorkflow();

    [Task(
        Name = "Save failure",
        Resource = UpdateItem,
        Parameters = $$"""{ {{StoreOutcome}}, "ExpressionAttributeValues": { ":s": { "S": "FAILED" }, ":r": { "S.$": "States.JsonToString($.errors.childworkflow)" } } }""",
        ResultPath = "$.idempotencyTable.updateErrorResult",
        OutputPath = "$.errors.childworkflow",
        Next = nameof(Failure))]
    [Retry(ProvisionedThroughputExceeded, RequestLimitExceeded, Throttled, IntervalSeconds = 3, MaxAttempts = 10, BackoffRate = 2)]
    partial void SaveFailure();

    [Fail(Error = "ChildWorkflowException", Cause = "The child workflow failed. The full exception is available in DynamoDB")]
    partial void Failure();

    // The workflow made idempotent: four steps and a function that sometimes fails.
    [Branch]
    public partial class ChildWorkflow
    {
        [Pass(StartAt = true, Parameters = """{ "result": "Output of step 1" }""", ResultPath = "$.results.step1", Next = nameof(Goes))]
        partial void Here();

        [Pass(Parameters = """{ "result": "Output of step 2" }""", ResultPath = "$.results.step2", Next = nameof(Your))]
        partial void Goes();

        [Pass(Parameters = """{ "result": "Output of step 3" }""", ResultPath = "$.results.step3", Next = nameof(Workflow))]
        partial void Your();

        [Pass(Parameters = """{ "result": "Output of step 4" }""", ResultPath = "$.results.step4", Next = nameof(FailOccasionally))]
        partial void Workflow();

        [Task(
            Name = "(which can fail occasionally)",
            Resource = "arn:aws:lambda:eu-central-1:513725428015:function:IdempotentStepfunctionsWo-IdempotencyWorkflowInjec-ptf6qWpoUL4E",
            ResultPath = "$.results.randomFailureFunc",
            End = true)]
        [Retry(LambdaService, LambdaApi, LambdaClient, IntervalSeconds = 2, MaxAttempts = 6, BackoffRate = 2)]
        partial void FailOccasionally();
    }
}
